export { appMailer } from "./app-mailer";
export { DEFAULT_EMAIL_FROM, type EmailEnv, emailEnv, parseEmailEnv } from "./env";
export { EmailSendError, type EmailSendFailure } from "./errors";
export { type CreateMailerOptions, createMailer, DEFAULT_TIMEOUT_MS } from "./mailer";
export { createMailerFromEnv, DEFAULT_RETRY, type MailerFromEnvOptions } from "./mailer-from-env";
export type {
  BatchEmailMessage,
  BatchOptions,
  EmailAttachment,
  EmailMessage,
  EmailOutbox,
  EmailTag,
  Mailer,
  OutboxEmail,
  SentBatch,
  SentEmail,
  TransportName,
} from "./message";
export { type RenderedEmail, renderEmail } from "./render";
export type { RetryPolicy } from "./retry-policy";
export {
  DigestEmail,
  type DigestEmailProps,
  type DigestItemLinks,
  type DigestLinks,
  digestSubject,
  IntroEmail,
  type IntroEmailProps,
  InvitationEmail,
  type InvitationEmailProps,
  InvitationRequestEmail,
  type InvitationRequestEmailProps,
  introSubject,
  invitationRequestSubject,
  invitationSubject,
  lastWeekLine,
  MagicLinkEmail,
  type MagicLinkEmailProps,
  ManagerDigestEmail,
  type ManagerDigestEmailProps,
  magicLinkSubject,
  managerDigestSubject,
  NotificationLayout,
  type NotificationLayoutProps,
  NudgeEmail,
  type NudgeEmailProps,
  nudgeSubject,
} from "./templates";
export type { RetryEvent } from "./transports/resend-transport";
export { MAX_BATCH_SIZE, MAX_RECIPIENTS } from "./validate-message";
