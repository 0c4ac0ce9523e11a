import { describeInvalidAddress } from "./address";
import { EmailSendError } from "./errors";
import type { BatchEmailMessage, EmailMessage, TransportName } from "./message";

/** Resend's limits: 50 recipients per email, 100 emails per batch, keys of 1–256 characters. */
export const MAX_RECIPIENTS = 50;
export const MAX_BATCH_SIZE = 100;
const MAX_IDEMPOTENCY_KEY_LENGTH = 256;
const TAG_PART = /^[A-Za-z0-9_-]{1,256}$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const LINE_BREAK = /[\r\n]/;

/** The problems with one message, empty when it can be sent. */
function findMessageProblems(message: EmailMessage | BatchEmailMessage): string[] {
  const problems: string[] = [];
  const recipients = Array.isArray(message.to) ? message.to : [message.to];
  if (recipients.length === 0) problems.push("to: needs at least one recipient");
  if (recipients.length > MAX_RECIPIENTS) {
    problems.push(`to: at most ${MAX_RECIPIENTS} recipients, got ${recipients.length}`);
  }
  for (const recipient of recipients) {
    const problem = typeof recipient === "string" ? describeInvalidAddress(recipient) : "is not a string";
    if (problem) problems.push(`to: ${problem}`);
  }
  if (typeof message.subject !== "string" || message.subject.trim() === "") {
    problems.push("subject: must not be empty");
  } else if (LINE_BREAK.test(message.subject)) {
    problems.push("subject: must be one line");
  }
  if (typeof message.html !== "string" || message.html === "") problems.push("html: must not be empty");
  if (typeof message.text !== "string" || message.text === "") problems.push("text: must not be empty");
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!HEADER_NAME.test(name)) problems.push(`headers: "${name}" is not a valid header name`);
    if (typeof value !== "string" || LINE_BREAK.test(value)) {
      problems.push(`headers: "${name}" must be a one-line string`);
    }
  }
  for (const tag of message.tags ?? []) {
    if (!TAG_PART.test(tag.name) || !TAG_PART.test(tag.value)) {
      problems.push(`tags: "${tag.name}=${tag.value}" may only use letters, digits, "_" and "-"`);
    }
  }
  for (const attachment of message.attachments ?? []) {
    if (typeof attachment.filename !== "string" || !/^[^\\/\r\n\0]{1,200}$/.test(attachment.filename)) {
      problems.push("attachments: each needs a one-line file name (no slashes)");
    }
    if (typeof attachment.content !== "string" || attachment.content === "") {
      problems.push(`attachments: "${attachment.filename}" is empty`);
    }
  }
  if ("idempotencyKey" in message && message.idempotencyKey !== undefined) {
    problems.push(...findIdempotencyKeyProblems(message.idempotencyKey));
  }
  return problems;
}

function findIdempotencyKeyProblems(key: string): string[] {
  return typeof key === "string" && key.length >= 1 && key.length <= MAX_IDEMPOTENCY_KEY_LENGTH
    ? []
    : [`idempotencyKey: must be 1–${MAX_IDEMPOTENCY_KEY_LENGTH} characters`];
}

export function assertSendable(message: EmailMessage, transport: TransportName): void {
  const problems = findMessageProblems(message);
  if (problems.length > 0) {
    throw new EmailSendError(`Email not sent, the message is malformed: ${problems.join("; ")}`, {
      kind: "invalid_message",
      transport,
    });
  }
}

export function assertSendableBatch(
  messages: BatchEmailMessage[],
  idempotencyKey: string | undefined,
  transport: TransportName,
): void {
  const problems: string[] = [];
  if (messages.length > MAX_BATCH_SIZE) {
    problems.push(
      `a batch holds at most ${MAX_BATCH_SIZE} emails, got ${messages.length}: split it into chunks of ${MAX_BATCH_SIZE}`,
    );
  }
  if (idempotencyKey !== undefined) problems.push(...findIdempotencyKeyProblems(idempotencyKey));
  messages.forEach((message, index) => {
    for (const attachment of message.attachments ?? []) {
      if (typeof attachment.filename !== "string" || !/^[^\\/\r\n\0]{1,200}$/.test(attachment.filename)) {
        problems.push("attachments: each needs a one-line file name (no slashes)");
      }
      if (typeof attachment.content !== "string" || attachment.content === "") {
        problems.push(`attachments: "${attachment.filename}" is empty`);
      }
    }
    if ("idempotencyKey" in message && message.idempotencyKey !== undefined) {
      problems.push(
        `#${index}: idempotencyKey belongs to the whole batch (sendBatch(messages, { idempotencyKey })), not to one message`,
      );
    }
    for (const problem of findMessageProblems(message)) problems.push(`#${index} ${problem}`);
  });
  if (problems.length > 0) {
    throw new EmailSendError(`Batch not sent: ${problems.join("; ")}`, {
      kind: "invalid_message",
      transport,
    });
  }
}
