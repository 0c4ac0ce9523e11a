import { type Database, takeSendSlot } from "@rapport/db";

/** The budget every digest sender of a deployment draws from (Resend limits requests per team). */
const RESEND_BUDGET = "resend";

/**
 * Spaces calls so at most `perSecond` start in any rolling second across every process of the
 * deployment: each call takes the next slot of a budget kept in the database and waits for it.
 * Waiting here is cheaper than a 429.
 */
export function sharedPacer(
  db: Database,
  perSecond: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  budget = RESEND_BUDGET,
) {
  // Slack for the time a request takes to arrive: the server counts arrivals in a rolling second, and a
  // large batch body sent right after a small one can arrive closer to it than their slots were.
  const interval = Math.ceil(1000 / perSecond) + 100;
  return async function pace(): Promise<void> {
    const wait = await takeSendSlot(db, budget, interval);
    if (wait > 0) await sleep(wait);
  };
}
