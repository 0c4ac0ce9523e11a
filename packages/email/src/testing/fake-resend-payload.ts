/**
 * Request validation and response shapes of the fake Resend API, kept to what Resend documents
 * for POST /emails, POST /emails/batch and GET /emails(/:id).
 */

export interface FakeResendMessage {
  id: string;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string[];
  subject: string;
  html: string | null;
  text: string | null;
  headers: Record<string, string>;
  tags: { name: string; value: string }[];
  /** Files sent with the email; `content` is decoded from the base64 the API carries. */
  attachments: FakeResendAttachment[];
  idempotencyKey: string | null;
  /** Set when the message came through POST /emails/batch. */
  batchId: string | null;
  receivedAt: Date;
}

export interface FakeResendAttachment {
  filename: string | null;
  contentType: string | null;
  /** The file as UTF-8 text. */
  content: string;
}

export type IncomingEmail = Omit<FakeResendMessage, "id" | "idempotencyKey" | "batchId" | "receivedAt">;

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Resend's error body: the SDK hands it to the caller as `error` unchanged. */
export function errorReply(status: number, name: string, message: string): Reply {
  return { status, body: { statusCode: status, name, message } };
}

const TAG_PART = /^[A-Za-z0-9_-]{1,256}$/;
const ADDRESS = /^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/;

function addressList(value: unknown, field: string, required: boolean): string[] | string {
  if (value === undefined || value === null) return required ? `The \`${field}\` field is missing.` : [];
  const list = Array.isArray(value) ? value : [value];
  if (required && list.length === 0) return `The \`${field}\` field must have at least one address.`;
  if (list.length > 50) return `The \`${field}\` field can hold at most 50 addresses.`;
  for (const entry of list) {
    if (typeof entry !== "string" || !ADDRESS.test(entry.trim())) {
      return `Invalid \`${field}\` field. Use \`email@example.com\` or \`Name <email@example.com>\`.`;
    }
  }
  return list as string[];
}

/** Parses one email of the API body (snake_case), or says what Resend would say about it. */
export function parseEmail(raw: unknown): IncomingEmail | string {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return "The email must be a JSON object.";
  const body = raw as Record<string, unknown>;
  if (typeof body.from !== "string" || !ADDRESS.test(body.from.trim())) {
    return body.from === undefined
      ? "The `from` field is missing."
      : "Invalid `from` field. Use `email@example.com` or `Name <email@example.com>`.";
  }
  const to = addressList(body.to, "to", true);
  const cc = addressList(body.cc, "cc", false);
  const bcc = addressList(body.bcc, "bcc", false);
  const replyTo = addressList(body.reply_to, "reply_to", false);
  for (const list of [to, cc, bcc, replyTo]) if (typeof list === "string") return list;
  if (typeof body.subject !== "string" || body.subject === "") return "The `subject` field is missing.";
  const html = typeof body.html === "string" ? body.html : null;
  const text = typeof body.text === "string" ? body.text : null;
  if (html === null && text === null) return "Either `html` or `text` must be provided.";
  const headers = body.headers ?? {};
  if (typeof headers !== "object" || headers === null || Array.isArray(headers)) {
    return "The `headers` field must be an object.";
  }
  for (const value of Object.values(headers)) {
    if (typeof value !== "string") return "Every value in `headers` must be a string.";
  }
  const tags = body.tags ?? [];
  if (!Array.isArray(tags)) return "The `tags` field must be an array.";
  for (const tag of tags as { name?: unknown; value?: unknown }[]) {
    if (typeof tag?.name !== "string" || !TAG_PART.test(tag.name)) {
      return "Tag names may only contain ASCII letters, numbers, underscores or dashes.";
    }
    if (typeof tag.value !== "string" || !TAG_PART.test(tag.value)) {
      return "Tag values may only contain ASCII letters, numbers, underscores or dashes.";
    }
  }
  const attachments = parseAttachments(body.attachments);
  if (typeof attachments === "string") return attachments;
  return {
    from: body.from,
    to: to as string[],
    cc: cc as string[],
    bcc: bcc as string[],
    replyTo: replyTo as string[],
    subject: body.subject,
    html,
    text,
    headers: headers as Record<string, string>,
    tags: tags as { name: string; value: string }[],
    attachments,
  };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Resend's `attachments`: each with base64 `content` (or a `path` to fetch, which we do not follow). */
function parseAttachments(value: unknown): FakeResendAttachment[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return "The `attachments` field must be an array.";
  const out: FakeResendAttachment[] = [];
  for (const entry of value as Record<string, unknown>[]) {
    if (typeof entry !== "object" || entry === null) return "Each attachment must be an object.";
    if (typeof entry.content !== "string" || !BASE64.test(entry.content)) {
      return "Attachment `content` must be a base64 string.";
    }
    out.push({
      filename: typeof entry.filename === "string" ? entry.filename : null,
      contentType: typeof entry.content_type === "string" ? entry.content_type : null,
      content: Buffer.from(entry.content, "base64").toString("utf8"),
    });
  }
  return out;
}

/** The GET /emails/:id shape (plus `headers`, which the real API does not echo back). */
export function toApiEmail(message: FakeResendMessage) {
  return {
    object: "email",
    id: message.id,
    from: message.from,
    to: message.to,
    cc: message.cc.length ? message.cc : null,
    bcc: message.bcc.length ? message.bcc : null,
    reply_to: message.replyTo.length ? message.replyTo : null,
    subject: message.subject,
    html: message.html,
    text: message.text,
    tags: message.tags,
    headers: message.headers,
    // Not in the real API's answer (it lists attachments at /emails/:id/attachments): tests read them here.
    attachments: message.attachments.map((a) => ({
      filename: a.filename,
      content_type: a.contentType,
      content: Buffer.from(a.content, "utf8").toString("base64"),
    })),
    created_at: message.receivedAt.toISOString(),
    scheduled_at: null,
    last_event: "delivered",
  };
}
