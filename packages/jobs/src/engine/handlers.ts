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

export async function planDigests(ctx: HandlerContext) {
  const now = ctx.now();
  const entries = await whoIsDue(ctx.db, { now });
  const planned = await planDeliveries(ctx.db, toPlannedDeliveries(entries), `plan-${now.toISOString()}`);
  const waiting = await digestBatchesWaiting(ctx.db, now);
  const senders = Math.min(waiting, ctx.maxSenders);
  for (let i = 0; i < senders; i++) await ctx.boss.send(QUEUES.digestSend, { plannedAt: now.toISOString() });
  if (planned > 0 || senders > 0) ctx.log(`digest: planned ${planned}, ${waiting} batch(es) waiting`);
  return { planned, senders };
}

export async function sendDigests(ctx: HandlerContext) {
  const result = await runDigest({
    db: ctx.db,
    mailer: ctx.mailer,
    render: await ctx.render(),
    sources: ctx.sources,
    trigger: "worker",
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
