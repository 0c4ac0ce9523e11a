// What `npm run worker` does once its database is open: start the job engine as a worker, answer the
// optional health probes, and stop gracefully on SIGTERM. The killed-worker test runs this same
// function in child processes, with the test's mailer and content in place of the real ones.
import { createServer } from "node:http";
import type { DatabaseHandle } from "@rapport/db";
import { jobsEnv } from "../env";
import { type JobEngine, type JobEngineOptions, startJobEngine } from "./start";

export interface WorkerProcessOptions extends Omit<JobEngineOptions, "handle" | "role"> {
  handle: DatabaseHandle;
  /** Closes the database when the process stops. */
  close: () => Promise<void>;
}

export async function runWorkerProcess(options: WorkerProcessOptions): Promise<JobEngine> {
  const env = jobsEnv();
  const { handle, close, ...engineOptions } = options;
  const engine = await startJobEngine({ ...engineOptions, handle, role: "worker" });
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
    await close();
    process.exit(0);
  }
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  return engine;
}
