import { databaseHealth, getDatabase } from "@rapport/db";
import { workersInWebServer } from "@rapport/jobs";
import { currentJobEngine } from "~/server/job-engine";

// Readiness: send traffic here only when the database answers (within two seconds) and, where this
// process runs the job workers, they have started. Says which part is not ready, nothing more.
export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2_000;

async function databaseAnswers(): Promise<boolean> {
  const check = (async () => {
    const { db, engine } = await getDatabase();
    return (await databaseHealth(db, engine)).migrations > 0;
  })();
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS).unref());
  return Promise.race([check, timeout]).catch(() => false);
}

export async function GET() {
  const database = await databaseAnswers();
  let jobs: "ready" | "starting" | "elsewhere" = "elsewhere";
  if (database && workersInWebServer((await getDatabase()).engine)) {
    jobs = currentJobEngine()?.ready() ? "ready" : "starting";
  }
  const ready = database && jobs !== "starting";
  return Response.json(
    { status: ready ? "ready" : "not ready", database: database ? "ready" : "unavailable", jobs },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
