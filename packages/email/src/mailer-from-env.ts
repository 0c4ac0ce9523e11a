import { emailEnv } from "./env";
import { type CreateMailerOptions, createMailer } from "./mailer";
import type { Mailer } from "./message";
import type { RetryPolicy } from "./retry-policy";

/** Three tries within a few seconds: short enough for a sign-in request, long enough for a blip. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 5_000 };

export type MailerFromEnvOptions = Omit<CreateMailerOptions, "apiKey" | "baseUrl" | "from" | "retry"> & {
  retry?: RetryPolicy;
};

/**
 * The mailer as this process is configured: Resend when RESEND_API_KEY is set (at RESEND_BASE_URL
 * when set), otherwise the given dev outbox; the sender is EMAIL_FROM.
 */
export function createMailerFromEnv(options: MailerFromEnvOptions = {}): Mailer {
  const env = emailEnv();
  return createMailer({
    ...options,
    apiKey: env.RESEND_API_KEY,
    baseUrl: env.RESEND_BASE_URL,
    from: env.EMAIL_FROM,
    retry: options.retry ?? DEFAULT_RETRY,
  });
}
