import { setTimeout as delay } from "node:timers/promises";
import { describeInvalidAddress } from "./address";
import type { BatchEmailMessage, BatchOptions, EmailMessage, EmailOutbox, Mailer } from "./message";
import { assertValidRetryPolicy, type RetryPolicy } from "./retry-policy";
import { createOutboxTransport } from "./transports/outbox-transport";
import { createResendTransport, type RetryEvent } from "./transports/resend-transport";
import type { Transport } from "./transports/transport";
import { assertSendable, assertSendableBatch } from "./validate-message";

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface CreateMailerOptions {
  /** With a key every email goes through Resend; without one, to the outbox. */
  apiKey?: string;
  /** Resend API origin; when left out the SDK falls back to RESEND_BASE_URL, then api.resend.com. */
  baseUrl?: string;
  /** Sender for every email: `Rapport <hello@rapport.example>`. */
  from: string;
  /** Where emails go when there is no API key (the dev outbox). Ignored when apiKey is set. */
  outbox?: EmailOutbox;
  /** Retries for Resend on 429, 5xx, network errors and time-outs (never for other 4xx). */
  retry: RetryPolicy;
  /** Per-request time-out for Resend; a request still unanswered is aborted and retried. */
  timeoutMs?: number;
  /** Injectable for tests; defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable jitter source in [0, 1); defaults to Math.random. */
  random?: () => number;
  /** Injectable clock (only used to read HTTP-date retry-after values). */
  now?: () => number;
  /** Called before each wait between attempts, e.g. to log. */
  onRetry?: (event: RetryEvent) => void;
}

/** The one way this app sends email. Throws at once on a configuration that could never send. */
export function createMailer(options: CreateMailerOptions): Mailer {
  const fromProblem = describeInvalidAddress(options.from);
  if (fromProblem) throw new Error(`createMailer: from ${fromProblem}`);
  if (options.apiKey !== undefined && options.apiKey.trim() === "") {
    throw new Error("createMailer: apiKey is empty; leave it out to use the dev outbox");
  }
  assertValidRetryPolicy(options.retry);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new Error(`createMailer: timeoutMs must be a positive number, got ${timeoutMs}`);
  }

  let transport: Transport;
  if (options.apiKey !== undefined) {
    transport = createResendTransport({
      apiKey: options.apiKey,
      baseUrl: options.baseUrl,
      from: options.from,
      retry: options.retry,
      timeoutMs,
      sleep: options.sleep ?? ((ms) => delay(ms)),
      random: options.random ?? Math.random,
      now: options.now ?? Date.now,
      onRetry: options.onRetry,
    });
  } else if (options.outbox) {
    transport = createOutboxTransport(options.outbox, options.from);
  } else {
    throw new Error(
      "createMailer: no way to send email: give an apiKey (RESEND_API_KEY) to send through Resend, " +
        "or an outbox to keep emails in the dev outbox",
    );
  }

  return {
    transport: transport.name,
    from: options.from,
    async send(message: EmailMessage) {
      assertSendable(message, transport.name);
      return transport.send(message);
    },
    async sendBatch(messages: BatchEmailMessage[], batchOptions: BatchOptions = {}) {
      assertSendableBatch(messages, batchOptions.idempotencyKey, transport.name);
      return transport.sendBatch(messages, batchOptions);
    },
  };
}
