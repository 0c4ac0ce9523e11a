// Starts the job engine (pg-boss) in this process, in one of three roles:
// - "all": web and worker together (the embedded `npm start`);
// - "worker": `npm run worker`, any number of them on one Postgres;
// - "producer": creates the queues and can send jobs, runs none (the cron route on Postgres, tests);
// - "sender": also works digest-send jobs (`npm run digest`), nothing else.

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { DatabaseHandle } from "@rapport/db";
import type { Mailer } from "@rapport/email";
import { type Clock, fromPglite, PgBoss, type Queue } from "pg-boss";
import { digestMailer } from "../digest-mailer";
import type { DigestSources } from "../digest-sources";
import { jobsEnv } from "../env";
import type { RenderContext } from "../render-digest";
import { warmUpDigestRendering } from "../render-digest";
import { renderContextFromEnv } from "../secret";
import {
  type CalendarReader,
  type HandlerContext,
  type PlanRequest,
  planAndSendIntros,
  planCalendarReads,
  planDigests,
  prune,
  readCalendar,
  sendDigests,
} from "./handlers";
import { QUEUE_OPTIONS, QUEUES, type QueueName, SCHEDULES } from "./queues";

export type JobRole = "all" | "worker" | "producer" | "sender";

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
  /** Shorter waits for tests: how soon a killed worker's job is noticed, retried and taken over. */
  timings?: EngineTimings;
  log?: (line: string) => void;
}

interface EngineTimings {
  /** pg-boss's supervisor and queue monitor passes (default 60 s). */
  superviseSeconds?: number;
  /** A digest-send job with no heartbeat for this long is failed and retried (default 30 s, at least 10). */
  heartbeatSeconds?: number;
  /** Wait before a failed digest-send job runs again (default 30 s, doubling). */
  retryDelaySeconds?: number;
  /** Idle workers look for jobs this often (default 2 s). */
  pollingSeconds?: number;
}

export interface JobEngine {
  boss: PgBoss;
  workerId: string;
  /** Started and (for workers) polling. */
  ready(): boolean;
  /** Runs the digest-plan job's work now, in this process; returns the sender jobs it queued. */
  planDigests(request?: PlanRequest): Promise<{ planned: number; jobIds: string[] }>;
  /** Graceful: stops taking jobs, lets running ones finish (up to `timeoutMs`), then closes. */
  stop(timeoutMs?: number): Promise<void>;
}

const JOBS_SCHEMA = "pgboss";

export async function startJobEngine(options: JobEngineOptions): Promise<JobEngine> {
  const env = jobsEnv();
  const { handle, role } = options;
  const log = options.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  const workerId = options.name ?? `${role}-${hostname()}-${process.pid}-${randomUUID().slice(0, 6)}`;
  const runs = role === "all" || role === "worker";
  const common = {
    schema: JOBS_SCHEMA,
    clock: options.clock,
    // Maintenance and the cron pass run wherever workers run; pg-boss coordinates them across processes.
    supervise: runs,
    schedule: runs,
    instanceName: workerId,
    ...(options.timings?.superviseSeconds
      ? {
          superviseIntervalSeconds: options.timings.superviseSeconds,
          monitorIntervalSeconds: options.timings.superviseSeconds,
        }
      : {}),
  };
  // On Postgres, workers listen for new jobs on the queues where someone waits on pick-up (the digest
  // senders the planner starts, a "send now"): LISTEN/NOTIFY wakes them at once instead of after the
  // 2 s poll. It takes one more connection per worker; through a transaction-mode PgBouncer it cannot
  // listen, and pg-boss warns and keeps polling. The embedded start is one process: polling suffices.
  const notify = "url" in handle.jobs;
  const boss =
    "url" in handle.jobs
      ? new PgBoss({
          ...common,
          useListenNotify: runs || role === "sender",
          connectionString: handle.jobs.url,
          max: 4,
          application_name: `rapport-${role}`,
        })
      : new PgBoss({ ...common, db: fromPglite(handle.jobs.pglite), backend: "pglite" });
  boss.on("error", (error) => log(`engine error: ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();

  for (const [name, queueOptions] of Object.entries(queueOptionsWith(options.timings, notify))) {
    // createQueue is idempotent; the options follow the code on every start.
    await boss.createQueue(name, queueOptions);
    const { policy: _fixedAtCreation, ...changeable } = queueOptions;
    await boss.updateQueue(name, changeable);
  }
  // Only processes that run jobs keep the schedules (a producer without a calendar reader must not
  // switch the deployment's calendar re-reads off).
  for (const schedule of runs ? SCHEDULES : []) {
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

  const polling = options.timings?.pollingSeconds
    ? { pollingIntervalSeconds: options.timings.pollingSeconds }
    : {};
  let started = role === "producer";
  // In a dedicated worker the first batch would otherwise pay for loading the renderer and compiling the
  // templates before the run's first request can leave; doing it now, while the engine starts polling,
  // costs nobody. The embedded start ("all") skips it: a small team's weekly digest does not need the
  // head start, and the process should not carry the email renderer before the first digest is due.
  if (role === "worker" || role === "sender")
    void warmUpDigestRendering().catch((error: unknown) =>
      log(`digest renderer warm-up failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  if (runs) {
    const work = (
      queue: QueueName,
      handler: (data: Record<string, unknown>) => Promise<unknown>,
      extra = {},
    ) =>
      boss.work<Record<string, unknown>>(queue, { batchSize: 1, ...polling, ...extra }, async ([job]) =>
        job ? handler(job.data ?? {}) : undefined,
      );
    await work(QUEUES.digestPlan, () => planDigests(ctx));
    await work(QUEUES.digestSend, (data) => sendDigests(ctx, triggerOf(data)), {
      localConcurrency: options.sendConcurrency ?? 2,
    });
    await work(QUEUES.calendarPlan, () => planCalendarReads(ctx));
    await work(QUEUES.calendarRead, (data) => readCalendar(ctx, String(data.sourceId ?? "")), {
      localConcurrency: 2,
      // Per-host politeness across every worker: one read at a time per calendar host.
      groupConcurrency: 1,
    });
    await work(QUEUES.introsPlan, () => planAndSendIntros(ctx));
    await work(QUEUES.prune, () => prune(ctx));
    started = true;
  } else if (role === "sender") {
    await boss.work<Record<string, unknown>>(
      QUEUES.digestSend,
      { batchSize: 1, localConcurrency: options.sendConcurrency ?? 2, ...polling },
      async ([job]) => (job ? sendDigests(ctx, triggerOf(job.data ?? {})) : undefined),
    );
    started = true;
  }

  let stopping: Promise<void> | null = null;
  return {
    boss,
    workerId,
    ready: () => started && !controller.signal.aborted,
    planDigests: (request) => planDigests(ctx, request),
    stop(timeoutMs = 30_000) {
      stopping ??= (async () => {
        controller.abort();
        await boss.stop({ graceful: true, timeout: timeoutMs, close: "url" in handle.jobs });
      })();
      return stopping;
    },
  };
}

function queueOptionsWith(timings: EngineTimings = {}, notify = false): Record<string, Omit<Queue, "name">> {
  const send = QUEUE_OPTIONS[QUEUES.digestSend];
  return {
    ...QUEUE_OPTIONS,
    [QUEUES.digestPlan]: { ...QUEUE_OPTIONS[QUEUES.digestPlan], notify },
    [QUEUES.digestSend]: {
      ...send,
      notify,
      heartbeatSeconds: timings.heartbeatSeconds ?? send.heartbeatSeconds,
      ...(timings.retryDelaySeconds !== undefined
        ? { retryDelay: timings.retryDelaySeconds, retryBackoff: false }
        : {}),
    },
  };
}

/** The trigger a sender job carries into the admin's list of runs: a short known word, else "worker". */
function triggerOf(data: Record<string, unknown>): string {
  return typeof data.trigger === "string" && /^[a-z-]{1,20}$/.test(data.trigger) ? data.trigger : "worker";
}
