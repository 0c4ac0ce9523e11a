import { type Database, type SendBudget, takeSendSlot } from "@rapport/db";

/** The budget every digest sender of a deployment draws from (Resend limits requests per team). */
const RESEND_BUDGET = "resend";

/**
 * A sender woken later than this after its grant leaves the grant unused (see `sharedPacer`).
 */
const LATE_WAKE_MS = 50;

/**
 * Slack for the time a request takes to arrive: Resend counts arrivals in a rolling second, and a
 * request can arrive later than its grant while the next one arrives on time. The window holds a late
 * wake-up (up to LATE_WAKE_MS) plus as much again for the way from the grant to Resend (serialising a
 * batch of 100 emails, a busy event loop: the embedded start runs the database, the renders and the
 * senders on one thread). 100 ms keeps a budget of 2 per second at 91 % of it.
 */
const ARRIVAL_SLACK_MS = 2 * LATE_WAKE_MS;

/**
 * `perSecond` requests as a ring budget: at most ⌊perSecond⌋ (at least one) requests in any window
 * just over the time they are allowed to take, so the long-run rate is perSecond × 1000 / (1000 + slack).
 */
export function resendBudget(
  perSecond: number,
  slackMs = ARRIVAL_SLACK_MS,
  name = RESEND_BUDGET,
): SendBudget {
  const requests = Math.max(1, Math.floor(perSecond));
  return { name, requests, windowMs: (1000 * requests) / perSecond + slackMs };
}

/**
 * Waits for the next grant of the deployment's shared Resend budget before each request: every
 * process on every machine draws from the same rows, so N workers together stay at the rate one
 * would. Waiting here is cheaper than a 429.
 */
export function sharedPacer(
  db: Database,
  perSecond: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
) {
  const budget = resendBudget(perSecond);
  return async function pace(): Promise<void> {
    // At most three grants left unused per request, so a machine that is always late still sends.
    for (let tries = 1; ; tries++) {
      const wait = await takeSendSlot(db, budget);
      const due = Date.now() + wait;
      if (wait > 0) await sleep(wait);
      // Woken later than LATE_WAKE_MS (a busy event loop, a paused process): sending now could
      // crowd the requests granted after ours into one second. Leave this grant unused; take another.
      if (Date.now() - due <= LATE_WAKE_MS || tries > 3) return;
    }
  };
}
