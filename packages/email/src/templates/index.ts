export { DigestEmail, type DigestEmailProps, digestSubject } from "./digest-email";
export type { DigestItemLinks, DigestLinks } from "./digest-parts";
export { IntroEmail, type IntroEmailProps, introSubject } from "./intro-email";
export { InvitationEmail, type InvitationEmailProps, invitationSubject } from "./invitation-email";
export {
  InvitationRequestEmail,
  type InvitationRequestEmailProps,
  invitationRequestSubject,
} from "./invitation-request-email";
export { MagicLinkEmail, type MagicLinkEmailProps, magicLinkSubject } from "./magic-link-email";
export {
  ManagerDigestEmail,
  type ManagerDigestEmailProps,
  managerDigestSubject,
} from "./manager-digest-email";
export { NotificationLayout, type NotificationLayoutProps } from "./notification-layout";
export { NudgeEmail, type NudgeEmailProps, nudgeSubject } from "./nudge-email";
export { lastWeekLine } from "./words";
