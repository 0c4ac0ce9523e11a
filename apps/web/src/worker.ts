// `npm run worker`: a job worker process on Postgres (digests, calendar re-reads, pruning). Run any
// number beside any number of web processes; they share the work through the database.
import { createServer } from "node:http";
import { calendar } from "@rapport/api";
import { closeDatabase, getDatabase } from "@rapport/db";
import { jobsEnv, startJobEngine } from "@rapport/jobs";

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
const engine = await startJobEngine({
  handle,
  role: "worker",
  calendar:
    env.RAPPORT_CALENDAR_REFRESH === "true"
      ? (db, sourceId, now) =>
          calendar.readCalendarSourceById(db, sourceId, now, calendar.defaultCalendarFetcher).then(() => {})
      : undefined,
});
console.log(`Rapport worker ${engine.workerId} ready on ${handle.location} (Node ${process.version})`);

// Optional probes for an orchestrator: /live answers while the process runs, /ready while it takes jobs.
const probes = env.RAPPORT_WORKER_HEALTH_PORT
  ? createServer((req, res) => {
      const ready = engine.ready();
      const live = req.url === "/live";
      const status = live || (req.url === "/ready" && ready) ? 200 : req.url === "/ready" ? 503 : 404;
      res
        .writeHead(status, { "content-type": "application/json" })
        .end(JSON.stringify({ status: status === 200 ? (live ? "live" : "ready") : "not ready" }));
    }).listen(env.RAPPORT_WORKER_HEALTH_PORT)
  : null;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(
    `Rapport worker: ${signal}, finishing running jobs (up to ${env.RAPPORT_WORKER_STOP_SECONDS} s)`,
  );
  // Jobs still running at the deadline are left active; their heartbeat stops and another worker
  // takes them over (digest batches resume from their lease, never sending twice).
  await engine.stop(env.RAPPORT_WORKER_STOP_SECONDS * 1000).catch(() => {});
  probes?.close();
  await closeDatabase();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
