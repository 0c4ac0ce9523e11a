// `npm run worker`: a job worker process on Postgres (digests, calendar re-reads, pruning). Run any
// number beside any number of web processes; they share the work through the database.
import { calendar } from "@rapport/api";
import { closeDatabase, getDatabase } from "@rapport/db";
import { jobsEnv, runWorkerProcess } from "@rapport/jobs";

const env = jobsEnv();
const handle = await getDatabase().catch((error: unknown) => {
  console.error(
    `Rapport worker could not open its database: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
if (handle.engine !== "postgres") {
  console.error(
    "npm run worker needs DATABASE_URL (Postgres). On the embedded database, `npm start` runs the workers itself.",
  );
  await closeDatabase();
  process.exit(1);
}
await runWorkerProcess({
  handle,
  close: closeDatabase,
  calendar:
    env.RAPPORT_CALENDAR_REFRESH === "true"
      ? (db, sourceId, now) =>
          calendar.readCalendarSourceById(db, sourceId, now, calendar.defaultCalendarFetcher).then(() => {})
      : undefined,
});
