// Starts the job engine (pg-boss) in this process, in one of three roles:
// - "all": web and worker together (the embedded `npm start`);
// - "worker": `npm run worker`, any number of them on one Postgres;
// - "producer": creates queues and schedules and can send jobs, runs none (tests, tools).

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { DatabaseHandle } from "@rapport/db";
import type { Mailer } from "@rapport/email";
import { type Clock, fromPglite, PgBoss } from "pg-boss";
import { digestMailer } from "../digest-mailer";
import type { DigestSources } from "../digest-sources";
import { jobsEnv } from "../env";
import type { RenderContext } from "../render-digest";
import { renderContextFromEnv } from "../secret";
import {
  type CalendarReader,
  type HandlerContext,
  planAndSendIntros,
  planCalendarReads,
  planDigests,
  prune,
  readCalendar,
  sendDigests,
} from "./handlers";
import { QUEUE_OPTIONS, QUEUES, type QueueName, SCHEDULES } from "./queues";

export type JobRole = "all" | "worker" | "producer";

export interface JobEngineOptions {
  handle: DatabaseHandle;
  role: JobRole;
  /** Reads a calendar URL; without it calendar jobs are not scheduled. */
  calendar?: CalendarReader;
  /** pg-boss's clock: tests pass a TestClock and move time by hand. */
  clock?: Clock;
  name?: string;
  mailer?: Mailer;
  render?: RenderContext;
  sources?: DigestSources;
  requestsPerSecond?: number;
  leaseMs?: number;
  /** Digest batches in flight at once in this process. */
  sendConcurrency?: number;
  log?: (line: string) => void;
}

export interface JobEngine {
  boss: PgBoss;
  workerId: string;
  /** Started and (for workers) polling. */
  ready(): boolean;
  /** Graceful: stops taking jobs, lets running ones finish (up to `timeoutMs`), then closes. */
  stop(timeoutMs?: number): Promise<void>;
}

export const JOBS_SCHEMA = "pgboss";

export async function startJobEngine(options: JobEngineOptions): Promise<JobEngine> {
  const env = jobsEnv();
  const { handle, role } = options;
  const log = options.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  const workerId = options.name ?? `${role}-${hostname()}-${process.pid}-${randomUUID().slice(0, 6)}`;
  const runs = role !== "producer";
  const common = {
    schema: JOBS_SCHEMA,
    clock: options.clock,
    // Maintenance and the cron pass run wherever workers run; pg-boss coordinates them across processes.
    supervise: runs,
    schedule: runs,
    instanceName: workerId,
  };
  const boss =
    "url" in handle.jobs
      ? new PgBoss({
          ...common,
          connectionString: handle.jobs.url,
          max: 4,
          application_name: `rapport-${role}`,
        })
      : new PgBoss({ ...common, db: fromPglite(handle.jobs.pglite), backend: "pglite" });
  boss.on("error", (error) => log(`engine error: ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();

  for (const [name, queueOptions] of Object.entries(QUEUE_OPTIONS)) {
    // createQueue is idempotent; the options follow the code on every start.
    await boss.createQueue(name, queueOptions);
    const { policy: _fixedAtCreation, ...changeable } = queueOptions;
    await boss.updateQueue(name, changeable);
  }
  for (const schedule of SCHEDULES) {
    if (schedule.optional === "calendar" && !options.calendar) await boss.unschedule(schedule.queue);
    // `missed: once`: after downtime (a deploy, a stopped embedded start) one catch-up job runs.
    else await boss.schedule(schedule.queue, schedule.cron, null, { tz: "UTC", missed: "once" });
  }

  const controller = new AbortController();
  const clock = options.clock;
  let renderContext: RenderContext | undefined = options.render;
  const ctx: HandlerContext = {
    db: handle.db,
    boss,
    now: clock ? () => new Date(clock.now()) : () => new Date(),
    workerId,
    // One request per attempt: the pipeline retries a batch itself, after taking a new slot of the
    // shared Resend budget, so retries count against the rate like first tries.
    mailer: options.mailer ?? digestMailer(handle.db, { attempts: 1, baseDelayMs: 500, maxDelayMs: 5_000 }),
    render: async () => (renderContext ??= await renderContextFromEnv(handle.db)),
    sources: options.sources,
    requestsPerSecond: options.requestsPerSecond ?? env.RESEND_REQUESTS_PER_SECOND,
    leaseMs: options.leaseMs,
    maxSenders: 4,
    calendar: options.calendar,
    signal: controller.signal,
    log,
  };

  let started = !runs;
  if (runs) {
    const work = (
      queue: QueueName,
      handler: (data: Record<string, unknown>) => Promise<unknown>,
      extra = {},
    ) =>
      boss.work<Record<string, unknown>>(queue, { batchSize: 1, ...extra }, async ([job]) =>
        job ? handler(job.data ?? {}) : undefined,
      );
    await work(QUEUES.digestPlan, () => planDigests(ctx));
    await work(QUEUES.digestSend, () => sendDigests(ctx), { localConcurrency: options.sendConcurrency ?? 2 });
    await work(QUEUES.calendarPlan, () => planCalendarReads(ctx));
    await work(QUEUES.calendarRead, (data) => readCalendar(ctx, String(data.sourceId ?? "")), {
      localConcurrency: 2,
      // Per-host politeness across every worker: one read at a time per calendar host.
      groupConcurrency: 1,
    });
    await work(QUEUES.introsPlan, () => planAndSendIntros(ctx));
    await work(QUEUES.prune, () => prune(ctx));
    started = true;
  }

  let stopping: Promise<void> | null = null;
  return {
    boss,
    workerId,
    ready: () => started && !controller.signal.aborted,
    stop(timeoutMs = 30_000) {
      stopping ??= (async () => {
        controller.abort();
        await boss.stop({ graceful: true, timeout: timeoutMs, close: "url" in handle.jobs });
      })();
      return stopping;
    },
  };
}
