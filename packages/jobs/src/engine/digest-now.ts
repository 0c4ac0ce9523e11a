// POST /api/cron/digest and `npm run digest` go through the job engine like the schedule does: the
// digest-plan job's code plans who is due and queues digest-send jobs; whichever workers are running
// (this process's, or `npm run worker` processes) send them. The caller waits for those jobs and
// reports what they did.
import type { DatabaseHandle } from "@rapport/db";
import type { PlanRequest } from "./handlers";
import { QUEUES } from "./queues";
import { type JobEngine, type JobEngineOptions, startJobEngine } from "./start";

export interface DigestNowOptions extends PlanRequest {
  handle: DatabaseHandle;
  /** This process's running engine (the embedded start); without it one is started for the call. */
  engine?: JobEngine;
  /** Without a running engine: also send in this process ("sender"), or only queue for the workers. */
  sendHere: boolean;
  /** How long to wait for the sender jobs before answering with what is known. */
  waitMs: number;
  /** Passed to the engine started for the call (tests: the fake mailer and content). */
  engineOptions?: Omit<JobEngineOptions, "handle" | "role">;
}

export interface DigestNowResult {
  planned: number;
  /** Sender jobs queued for the batches waiting. */
  queued: number;
  sent: number;
  skipped: number;
  failed: number;
  /** Every sender job finished within the wait (otherwise workers are still sending). */
  finished: boolean;
}

export async function digestNow(options: DigestNowOptions): Promise<DigestNowResult> {
  const own = options.engine
    ? null
    : await startJobEngine({
        log: () => {},
        ...options.engineOptions,
        handle: options.handle,
        role: options.sendHere ? "sender" : "producer",
      });
  const engine = options.engine ?? own;
  if (!engine) throw new Error("no job engine");
  try {
    const { planned, jobIds } = await engine.planDigests({
      week: options.week,
      userIds: options.userIds,
      trigger: options.trigger,
    });
    const totals = { sent: 0, skipped: 0, failed: 0 };
    const deadline = Date.now() + options.waitMs;
    const open = new Set(jobIds);
    while (open.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      for (const id of [...open]) {
        const job = await engine.boss.getJobById(QUEUES.digestSend, id);
        if (!job || !["completed", "failed", "cancelled"].includes(job.state)) continue;
        open.delete(id);
        const output = (job.output ?? {}) as Partial<typeof totals>;
        totals.sent += Number(output.sent ?? 0);
        totals.skipped += Number(output.skipped ?? 0);
        totals.failed += Number(output.failed ?? 0);
      }
    }
    return { planned, queued: jobIds.length, ...totals, finished: open.size === 0 };
  } finally {
    await own?.stop(30_000);
  }
}
