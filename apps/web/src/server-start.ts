import { linkOrigin, stampSocketAddresses } from "@rapport/auth";
import { DatabaseInUseError, getDatabase } from "@rapport/db";
import { jobsEnv, startJobEngine, workersInWebServer } from "@rapport/jobs";
import { webEnv } from "./env";
import { setJobEngine } from "./server/job-engine";
import { sampleDatabaseMemory, startMemorySampler } from "./server/memory-sampler";
import { releaseCompletedRenders } from "./server/release-render";

// Every request is stamped with its socket's address before Next.js sees it (rate limits need it, and
// Next.js does not expose it): see packages/auth socket-address.ts.
stampSocketAddresses();
startMemorySampler();
releaseCompletedRenders();

async function openDatabase(): Promise<void> {
  const handle = await getDatabase();
  sampleDatabaseMemory(handle);
  console.log(`Rapport database ready: ${handle.engine} at ${handle.location} (Node ${process.version})`);
  if (handle.engine === "postgres" && !webEnv().RESEND_API_KEY) {
    console.warn(
      "RESEND_API_KEY is not set: emails (sign-in links included) are kept in the database outbox and not sent.",
    );
  }
  const links = linkOrigin(handle.engine);
  if (!links.ok) console.error(`Rapport: ${links.reason}`);
  else console.log(`Rapport links in emails point at ${links.origin}`);
  // Background work (weekly digests, calendar re-reads, pruning) runs as pg-boss jobs. The embedded
  // start runs the workers in this process; on Postgres they run in `npm run worker` processes
  // unless RAPPORT_WORKER=true.
  if (workersInWebServer(handle.engine)) {
    const { calendar } = await import("@rapport/api");
    const engine = await startJobEngine({
      handle,
      role: "all",
      calendar:
        jobsEnv().RAPPORT_CALENDAR_REFRESH === "true"
          ? (db, sourceId, now) =>
              calendar
                .readCalendarSourceById(db, sourceId, now, calendar.defaultCalendarFetcher)
                .then(() => {})
          : undefined,
    });
    setJobEngine(engine);
    console.log("Rapport jobs: workers running in this process (digests, calendar re-reads, pruning)");
    // Let running jobs finish, or hand them back, before the process goes.
    process.once("SIGTERM", () => {
      void engine.stop(jobsEnv().RAPPORT_WORKER_STOP_SECONDS * 1000);
    });
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
