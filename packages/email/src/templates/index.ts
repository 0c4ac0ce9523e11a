export { InvitationEmail, type InvitationEmailProps, invitationSubject } from "./invitation-email";
export { MagicLinkEmail, type MagicLinkEmailProps, magicLinkSubject } from "./magic-link-email";
export { NotificationLayout, type NotificationLayoutProps } from "./notification-layout";
