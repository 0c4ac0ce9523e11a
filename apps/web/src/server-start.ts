import { getDatabase } from "@rapport/db";
import { jobsEnv, startJobEngine, workersInWebServer } from "@rapport/jobs";
import { webEnv } from "./env";
import { setJobEngine } from "./server/job-engine";

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
} catch (error) {
  console.error(`Rapport could not open its database: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
