import { randomUUID } from "node:crypto";
import { Resend } from "resend";
import { EmailSendError, type EmailSendFailure } from "../errors";
import type { BatchEmailMessage, EmailAttachment, EmailMessage } from "../message";
import { backoffDelayMs, type RetryPolicy, retryAfterMs } from "../retry-policy";
import type { Transport } from "./transport";

export interface RetryEvent {
  /** The attempt that just failed (1 = the first request). */
  attempt: number;
  delayMs: number;
  error: EmailSendError;
}

export interface ResendTransportOptions {
  apiKey: string;
  /** Overrides RESEND_BASE_URL, which the SDK otherwise reads itself when the client is built. */
  baseUrl?: string;
  from: string;
  retry: RetryPolicy;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  onRetry?: (event: RetryEvent) => void;
}

/** The SDK's result shape: it never throws, it answers { data, error, headers }. */
type ResendResult<T> = {
  data: T | null;
  error: { message: string; statusCode?: number | null; name: string } | null;
  headers: Record<string, string> | null;
};

interface Failure {
  kind: EmailSendFailure;
  retry: boolean;
  statusCode: number | null;
  providerName: string | null;
  providerMessage: string;
  retryAfterMs: number | null;
}

const QUOTA_ERRORS = new Set(["daily_quota_exceeded", "monthly_quota_exceeded"]);

export function createResendTransport(options: ResendTransportOptions): Transport {
  // Built here, once: the SDK reads RESEND_BASE_URL in its constructor, not per request.
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);

  async function withRetries<T>(
    call: (signal: AbortSignal) => Promise<ResendResult<T>>,
  ): Promise<{ data: T; attempts: number }> {
    for (let attempt = 1; ; attempt++) {
      const signal = AbortSignal.timeout(options.timeoutMs);
      const result = await call(signal);
      if (!result.error && result.data !== null) return { data: result.data, attempts: attempt };

      const failure = classify(result, signal.aborted, options.now());
      const lastAttempt = attempt >= options.retry.attempts;
      const waitTooLong = failure.retryAfterMs !== null && failure.retryAfterMs > options.retry.maxDelayMs;
      if (!failure.retry || lastAttempt || waitTooLong) {
        throw toError(failure, attempt, resend.baseUrl, options, waitTooLong);
      }
      // A server's retry-after wins over our own backoff: it knows when the window reopens.
      const delayMs = failure.retryAfterMs ?? backoffDelayMs(attempt, options.retry, options.random);
      options.onRetry?.({
        attempt,
        delayMs,
        error: toError(failure, attempt, resend.baseUrl, options, false),
      });
      await options.sleep(delayMs);
    }
  }

  return {
    name: "resend",
    async send(message: EmailMessage) {
      const { idempotencyKey, ...email } = message;
      const key = idempotencyKey ?? retryKey();
      const { data, attempts } = await withRetries((signal) =>
        resend.emails.send(
          { ...email, attachments: resendAttachments(email.attachments), from: options.from },
          { idempotencyKey: key, signal },
        ),
      );
      return { id: data.id, transport: "resend", attempts };
    },
    async sendBatch(messages: BatchEmailMessage[], { idempotencyKey }) {
      if (messages.length === 0) return { ids: [], transport: "resend", attempts: 0 };
      const emails = messages.map((message) => ({
        ...message,
        attachments: resendAttachments(message.attachments),
        from: options.from,
      }));
      const key = idempotencyKey ?? retryKey();
      const { data, attempts } = await withRetries((signal) =>
        resend.batch.send(emails, { idempotencyKey: key, signal }),
      );
      const ids = data.data.map((entry) => entry.id);
      if (ids.length !== messages.length) {
        throw new EmailSendError(
          `Resend accepted a batch of ${messages.length} emails but returned ${ids.length} ids`,
          { kind: "server_error", transport: "resend", attempts },
        );
      }
      return { ids, transport: "resend", attempts };
    },
  };
}

/**
 * A request that timed out or failed with a 5xx may still have been sent. Without a caller's key,
 * every send gets its own so that our retries of it can never deliver twice (Resend keeps keys 24 h).
 */
function retryKey(): string {
  return `rapport-send/${randomUUID()}`;
}

/** Resend takes attachment content as base64 (the SDK encodes bytes); ours are UTF-8 text. */
function resendAttachments(attachments: EmailAttachment[] | undefined) {
  return attachments?.map((a) => ({
    filename: a.filename,
    content: Buffer.from(a.content, "utf8"),
    ...(a.contentType ? { contentType: a.contentType } : {}),
  }));
}

// Only consulted when an error body carries no statusCode (Resend's own always does).
const STATUS_BY_NAME: Record<string, number> = {
  rate_limit_exceeded: 429,
  daily_quota_exceeded: 429,
  monthly_quota_exceeded: 429,
  concurrent_idempotent_requests: 409,
  invalid_idempotent_request: 409,
  missing_api_key: 401,
  restricted_api_key: 401,
  invalid_api_key: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid_idempotency_key: 400,
  validation_error: 422,
  missing_required_field: 422,
  invalid_parameter: 422,
  invalid_from_address: 422,
  invalid_attachment: 422,
};

function classify(result: ResendResult<unknown>, timedOut: boolean, now: number): Failure {
  const error = result.error ?? { message: "Resend answered without data", name: "application_error" };
  const base = {
    providerName: error.name || null,
    providerMessage: error.message,
    retryAfterMs: retryAfterMs(result.headers, now),
  };
  // The SDK turns every thrown fetch error, our abort included, into
  // { name: "application_error", statusCode: null, headers: null }; only our signal tells them apart.
  if (timedOut) return { ...base, kind: "timeout", retry: true, statusCode: null, retryAfterMs: null };
  if (error.statusCode === null) {
    return { ...base, kind: "network_error", retry: true, statusCode: null, retryAfterMs: null };
  }
  // The SDK passes the JSON error body through as `error`, so statusCode is what the body says,
  // not the HTTP status line. A body without one: infer from the name, else assume a server fault.
  const status = error.statusCode ?? STATUS_BY_NAME[error.name] ?? 500;
  if (status === 429) {
    return QUOTA_ERRORS.has(error.name)
      ? { ...base, kind: "quota_exceeded", retry: false, statusCode: status }
      : { ...base, kind: "rate_limited", retry: true, statusCode: status };
  }
  // The one 4xx worth retrying: the same idempotency key is still being processed (typically our own
  // timed-out earlier attempt). Resend documents it as safe to retry; the retry then gets the replay.
  if (status === 409 && error.name === "concurrent_idempotent_requests") {
    return { ...base, kind: "in_progress", retry: true, statusCode: status };
  }
  if (status >= 500) return { ...base, kind: "server_error", retry: true, statusCode: status };
  return { ...base, kind: "rejected", retry: false, statusCode: status, retryAfterMs: null };
}

function toError(
  failure: Failure,
  attempts: number,
  baseUrl: string,
  options: ResendTransportOptions,
  waitTooLong: boolean,
): EmailSendError {
  const tries = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
  const code = [failure.statusCode, failure.providerName].filter((part) => part !== null).join(" ");
  const said = `${code ? `${code}: ` : ""}${failure.providerMessage}`;
  const summaries: Record<EmailSendFailure, string> = {
    rejected: `Resend refused the email (${said}); not retried, the request itself must change`,
    rate_limited: waitTooLong
      ? `Resend rate limit (${said}) asks to wait ${failure.retryAfterMs} ms, more than retry.maxDelayMs ${options.retry.maxDelayMs} ms; try again later`
      : `Resend kept rate-limiting the email (${said}) after ${tries}`,
    quota_exceeded: `Resend sending quota used up (${said}); not retried, it resets with the quota period`,
    server_error: `Resend kept failing (${said}) after ${tries}`,
    in_progress: `Resend was still processing an earlier request with this idempotency key (${said}) after ${tries}; try again later`,
    network_error: `Could not reach Resend at ${baseUrl} (${failure.providerMessage}) after ${tries}`,
    timeout: `Resend at ${baseUrl} did not answer within ${options.timeoutMs} ms, ${tries}`,
    invalid_message: said,
    outbox_failed: said,
  };
  return new EmailSendError(summaries[failure.kind], {
    kind: failure.kind,
    transport: "resend",
    statusCode: failure.statusCode,
    providerName: failure.providerName,
    attempts,
    retryAfterMs: failure.retryAfterMs,
  });
}
