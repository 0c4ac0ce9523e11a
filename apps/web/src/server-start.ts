import { getDatabase } from "@rapport/db";
import { digestTickEnabled, startDigestTick } from "@rapport/jobs";
import { webEnv } from "./env";

// Open the database now, so migrations (and, on a first embedded start, the demo seed) happen before
// the first visitor, and a data folder locked by another process stops this one with a clear message.
try {
  const handle = await getDatabase();
  console.log(`Rapport database ready: ${handle.engine} at ${handle.location} (Node ${process.version})`);
  if (handle.engine === "postgres" && !webEnv().RESEND_API_KEY) {
    console.warn(
      "RESEND_API_KEY is not set: emails (sign-in links included) are kept in the database outbox and not sent.",
    );
  }
  // The embedded default sends its weekly digests on its own; on Postgres an external scheduler
  // (POST /api/cron/digest) or RAPPORT_DIGEST_TICK=true does it.
  if (digestTickEnabled(handle.engine)) {
    startDigestTick(async () => (await getDatabase()).db);
    console.log("Rapport weekly digest: checking every few minutes for digests that are due");
  }
} catch (error) {
  console.error(`Rapport could not open its database: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

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
