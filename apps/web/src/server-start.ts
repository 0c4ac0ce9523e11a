import { linkOrigin, stampSocketAddresses } from "@rapport/auth";
import { DatabaseInUseError, getDatabase } from "@rapport/db";
import { digestTickEnabled, startDigestTick } from "@rapport/jobs";
import { webEnv } from "./env";

// Every request is stamped with its socket's address before Next.js sees it (rate limits need it, and
// Next.js does not expose it): see packages/auth socket-address.ts.
stampSocketAddresses();

async function openDatabase(): Promise<void> {
  const handle = await getDatabase();
  console.log(`Rapport database ready: ${handle.engine} at ${handle.location}`);
  if (handle.engine === "postgres" && !webEnv().RESEND_API_KEY) {
    console.warn(
      "RESEND_API_KEY is not set: emails (sign-in links included) are kept in the database outbox and not sent.",
    );
  }
  const links = linkOrigin(handle.engine);
  if (!links.ok) console.error(`Rapport: ${links.reason}`);
  else console.log(`Rapport links in emails point at ${links.origin}`);
  // The embedded default sends its weekly digests on its own; on Postgres an external scheduler
  // (POST /api/cron/digest) or RAPPORT_DIGEST_TICK=true does it.
  if (digestTickEnabled(handle.engine)) {
    startDigestTick(async () => (await getDatabase()).db);
    console.log("Rapport weekly digest: checking every few minutes for digests that are due");
  }
}

// Open the database now, so migrations (and, on a first embedded start, the demo seed) happen before
// the first visitor. A data folder locked by another process stops this one with a clear message; a
// database that does not answer yet (Postgres still starting, a network blip) does not: the server keeps
// answering 503 on /api/health and tries again, backing off up to a minute.
async function openWithRetry(attempt = 1): Promise<void> {
  try {
    await openDatabase();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof DatabaseInUseError) {
      console.error(`Rapport could not open its database: ${message}`);
      process.exit(1);
    }
    const seconds = Math.min(60, 2 ** Math.min(attempt, 6));
    console.error(
      `Rapport could not open its database (attempt ${attempt}): ${message}; retrying in ${seconds} s`,
    );
    setTimeout(() => void openWithRetry(attempt + 1), seconds * 1000).unref();
  }
}
await openWithRetry();

// Calendar URLs teams follow are re-read in the background: every 15 minutes, the few most stale (over
// six hours old), one at a time; a pass never overlaps the previous one. RAPPORT_CALENDAR_REFRESH=false
// turns it off.
if (webEnv().RAPPORT_CALENDAR_REFRESH === "true") {
  const { calendar } = await import("@rapport/api");
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const handle = await getDatabase();
      await calendar.refreshStaleSources(handle.db, calendar.defaultCalendarFetcher, { limit: 5 });
    } catch (error) {
      console.error("Calendar refresh pass failed:", error);
    } finally {
      running = false;
    }
  }, 15 * 60_000);
  timer.unref();
}
