import { type Database, saveToOutbox } from "@rapport/db";
import { emailEnv } from "./env";
import { createMailer } from "./mailer";
import type { Mailer } from "./message";
import type { RetryPolicy } from "./retry-policy";

/** Retries for interactive sends (sign-in links, invitations, nudges). */
const APP_SEND_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 };

/**
 * The app's mailer: Resend when RESEND_API_KEY is set, otherwise the dev outbox in the database
 * (shown at /dev/mailbox), so no email is ever silently dropped. The digest passes its own retry policy.
 */
export function appMailer(db: Database, retry: RetryPolicy = APP_SEND_RETRY): Mailer {
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
