import { isAuthorisedCronRequest, jobsEnv, QUEUES } from "@rapport/jobs";
import { currentJobEngine } from "~/server/job-engine";

export const dynamic = "force-dynamic";
export const maxDuration = 120;

const WAIT_MS = 60_000;

/**
 * For an external scheduler or a test: POST with `Authorization: Bearer $CRON_SECRET` queues the
 * intros-plan job now (the same job the 15-minute schedule runs: plan due rounds, send the intro emails
 * whose 10:00 has come) and, when this process runs workers, waits for it and answers 200 with what it
 * did. Otherwise 202: the job waits for the `npm run worker` processes. Without CRON_SECRET, 404.
 */
export async function POST(request: Request) {
  const secret = jobsEnv().CRON_SECRET;
  if (!secret) return Response.json({ error: "Not found." }, { status: 404 });
  if (!isAuthorisedCronRequest(request.headers.get("authorization"), secret)) {
    return Response.json({ error: "A valid Authorization: Bearer token is required." }, { status: 401 });
  }
  const engine = currentJobEngine();
  if (!engine) return Response.json({ error: "No job engine in this process." }, { status: 503 });
  const deadline = Date.now() + WAIT_MS;
  // The queue is "stately": while a pass is already queued, sending returns null; try again shortly.
  let jobId: string | null = null;
  while (!jobId && Date.now() < deadline) {
    jobId = await engine.boss.send(QUEUES.introsPlan, {});
    if (!jobId) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const headers = { "cache-control": "no-store" };
  if (!jobId) return Response.json({ queued: false }, { status: 202, headers });
  if (!engine.ready()) return Response.json({ queued: true }, { status: 202, headers });
  while (Date.now() < deadline) {
    const job = await engine.boss.getJobById(QUEUES.introsPlan, jobId);
    if (job?.state === "completed") {
      return Response.json({ state: job.state, ...(job.output as object) }, { headers });
    }
    // A failed job's output is its error (message and stack): that stays in the job table and the log.
    if (job && ["failed", "cancelled"].includes(job.state)) {
      return Response.json({ state: job.state, jobId }, { status: 500, headers });
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return Response.json({ queued: true }, { status: 202, headers });
}
