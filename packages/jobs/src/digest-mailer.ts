import type { Database } from "@rapport/db";
import { appMailer, type Mailer, type RetryPolicy } from "@rapport/email";

/**
 * Retries inside one batch call: short, because the pipeline itself retries the batch later (honouring
 * a longer retry-after) and a worker should not sit on its lease for minutes.
 */
const DIGEST_SEND_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5_000 };

/** The digest's mailer as configured (Resend, else the dev outbox), with the digest's retries. */
export function digestMailer(db: Database, retry: RetryPolicy = DIGEST_SEND_RETRY): Mailer {
  return appMailer(db, retry);
}
