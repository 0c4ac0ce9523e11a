import { type Database, saveToOutbox } from "@rapport/db";
import { createMailer, emailEnv, type Mailer, type RetryPolicy } from "@rapport/email";

/**
 * Retries inside one batch call: short, because the pipeline itself retries the batch later (honouring
 * a longer retry-after) and a worker should not sit on its lease for minutes.
 */
export const DIGEST_SEND_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5_000 };

/** The digest's mailer as configured: Resend when RESEND_API_KEY is set, else the dev outbox. */
export function digestMailer(db: Database, retry: RetryPolicy = DIGEST_SEND_RETRY): Mailer {
  const env = emailEnv();
  return createMailer({
    apiKey: env.RESEND_API_KEY,
    baseUrl: env.RESEND_BASE_URL,
    from: env.EMAIL_FROM,
    retry,
    outbox: {
      async save(email) {
        const to = Array.isArray(email.to) ? email.to.join(", ") : email.to;
        const id = await saveToOutbox(db, {
          to,
          from: email.from,
          subject: email.subject,
          html: email.html,
          text: email.text,
          headers: email.headers,
        });
        return { id };
      },
    },
  });
}
