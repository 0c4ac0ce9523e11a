import type { TransportName } from "./message";

export type EmailSendFailure =
  /** The message itself was refused (4xx other than 429); sending it again will not help. */
  | "rejected"
  /** 429 rate limit, still failing after the retries or asking to wait longer than allowed. */
  | "rate_limited"
  /** 429 daily or monthly quota: waiting seconds will not help. */
  | "quota_exceeded"
  /** 5xx, still failing after the retries. */
  | "server_error"
  /** 409 concurrent_idempotent_requests: an earlier request with the same key is still running. */
  | "in_progress"
  /** No answer at all (connection refused, DNS, reset), still failing after the retries. */
  | "network_error"
  /** No answer within the per-request timeout, still failing after the retries. */
  | "timeout"
  /** Caught before sending: the message or batch is malformed. */
  | "invalid_message"
  /** The dev outbox's save() threw. */
  | "outbox_failed";

export interface EmailSendErrorDetails {
  kind: EmailSendFailure;
  transport: TransportName;
  /** HTTP status, when there was a response. */
  statusCode?: number | null;
  /** Resend's error name, e.g. `validation_error`, `rate_limit_exceeded`. */
  providerName?: string | null;
  attempts?: number;
  /** How long the provider asked us to wait, when it said so. */
  retryAfterMs?: number | null;
  cause?: unknown;
}

const RETRY_LATER: ReadonlySet<EmailSendFailure> = new Set([
  "rate_limited",
  "server_error",
  "in_progress",
  "network_error",
  "timeout",
  "outbox_failed",
]);

/** Every failure to send, whatever the transport, is one of these. */
export class EmailSendError extends Error {
  override readonly name = "EmailSendError";
  readonly kind: EmailSendFailure;
  readonly transport: TransportName;
  readonly statusCode: number | null;
  readonly providerName: string | null;
  readonly attempts: number;
  readonly retryAfterMs: number | null;

  constructor(message: string, details: EmailSendErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.transport = details.transport;
    this.statusCode = details.statusCode ?? null;
    this.providerName = details.providerName ?? null;
    this.attempts = details.attempts ?? 0;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }

  /** True when the same email may go through later (for a job to reschedule), false when it never will. */
  get retryLater(): boolean {
    return RETRY_LATER.has(this.kind);
  }
}
