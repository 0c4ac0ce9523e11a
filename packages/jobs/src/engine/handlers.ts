// What each queue's job does. Handlers are thin: the work itself is the digest pipeline and the
// queries in packages/db; the engine only decides when and where it runs.
import {
  type Database,
  digestBatchesWaiting,
  planDeliveries,
  pruneExpired,
  staleCalendarSources,
} from "@rapport/db";
import type { Mailer } from "@rapport/email";
import type { PgBoss } from "pg-boss";
import type { DigestSources } from "../digest-sources";
import { runIntros } from "../intros";
import { runDigest } from "../pipeline";
import { toPlannedDeliveries, whoIsDue } from "../plan";
import type { RenderContext } from "../render-digest";
import { CALENDAR_INTERVAL_SECONDS, QUEUES } from "./queues";

/** Reads one calendar URL into its team's events (packages/api provides it: fetching is its job). */
export type CalendarReader = (db: Database, sourceId: string, now: Date) => Promise<void>;

export interface HandlerContext {
  db: Database;
  boss: PgBoss;
  now: () => Date;
  workerId: string;
  mailer: Mailer;
  render: () => Promise<RenderContext>;
  sources?: DigestSources;
  requestsPerSecond: number;
  leaseMs?: number;
  /** Senders started per planning pass at most: more than the workers' slots only find nothing to do. */
  maxSenders: number;
  calendar?: CalendarReader;
  signal: AbortSignal;
  log: (line: string) => void;
}

export interface PlanRequest {
  /** Plan this ISO week for everyone instead of each person's current week (npm run digest --week). */
  week?: string;
  userIds?: string[];
  /** Shown in the admin's list of digest runs ("worker" for the schedule, "cron", "cli"). */
  trigger?: string;
}

/**
 * The digest-plan job, and what POST /api/cron/digest and `npm run digest` run: plan who is due, then
 * queue sender jobs for the batches waiting. Returns the sender jobs' ids.
 */
export async function planDigests(ctx: HandlerContext, request: PlanRequest = {}) {
  const now = ctx.now();
  const entries = await whoIsDue(ctx.db, { now, week: request.week, userIds: request.userIds });
  const planned = await planDeliveries(ctx.db, toPlannedDeliveries(entries), `plan-${now.toISOString()}`);
  const waiting = await digestBatchesWaiting(ctx.db, now);
  const senders = Math.min(waiting, ctx.maxSenders);
  const jobIds: string[] = [];
  for (let i = 0; i < senders; i++) {
    const id = await ctx.boss.send(QUEUES.digestSend, { trigger: request.trigger ?? "worker" });
    if (id) jobIds.push(id);
  }
  if (planned > 0 || senders > 0) ctx.log(`digest: planned ${planned}, ${waiting} batch(es) waiting`);
  return { planned, senders, jobIds };
}

export async function sendDigests(ctx: HandlerContext, trigger = "worker") {
  const result = await runDigest({
    db: ctx.db,
    mailer: ctx.mailer,
    render: await ctx.render(),
    sources: ctx.sources,
    trigger,
    workerId: ctx.workerId,
    plan: false,
    now: ctx.now,
    leaseMs: ctx.leaseMs,
    requestsPerSecond: ctx.requestsPerSecond,
    signal: ctx.signal,
    log: ctx.log,
  });
  if (result.sent + result.failed > 0) {
    ctx.log(`digest: sent ${result.sent}, skipped ${result.skipped}, failed ${result.failed}`);
  }
  return { sent: result.sent, skipped: result.skipped, failed: result.failed };
}

export async function planCalendarReads(ctx: HandlerContext) {
  const now = ctx.now();
  const stale = await staleCalendarSources(
    ctx.db,
    new Date(now.getTime() - CALENDAR_INTERVAL_SECONDS * 1000),
    500,
  );
  let queued = 0;
  for (const source of stale) {
    const id = await ctx.boss.send(
      QUEUES.calendarRead,
      { sourceId: source.id },
      {
        // One read per source per interval, however many planners run; one at a time per host.
        singletonKey: source.id,
        singletonSeconds: CALENDAR_INTERVAL_SECONDS,
        group: { id: hostOf(source.url) },
      },
    );
    if (id) queued += 1;
  }
  return { queued };
}

export async function readCalendar(ctx: HandlerContext, sourceId: string) {
  if (!ctx.calendar) return { read: false };
  await ctx.calendar(ctx.db, sourceId, ctx.now());
  return { read: true };
}

export async function planAndSendIntros(ctx: HandlerContext) {
  const { appUrl } = await ctx.render();
  return runIntros({ db: ctx.db, mailer: ctx.mailer, now: ctx.now(), appUrl, log: ctx.log });
}

export async function prune(ctx: HandlerContext) {
  const counts = await pruneExpired(ctx.db, ctx.now());
  return counts;
}

function hostOf(url: string): string {
  try {
    return new URL(url.replace(/^webcal:/i, "https:")).hostname.toLowerCase();
  } catch {
    return "unknown";
  }
}
