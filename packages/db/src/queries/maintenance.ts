// Background upkeep the job engine runs: a request budget shared by every process, pruning of rows
// that have done their job, and the heartbeat that tells a dead digest run from a live one.
import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../migrate";
import { digestRuns, emailOutbox, invitations, rateLimits, sessions, verificationTokens } from "../schema";

/**
 * Takes the next slot of a shared request budget (one request every `intervalMs`) and returns how long
 * to wait for it. One atomic statement on the database's own clock, so every process on every machine
 * draws from the same budget: N workers together stay at the rate one would.
 */
export async function takeSendSlot(db: Database, name: string, intervalMs: number): Promise<number> {
  const interval = `${Math.max(1, Math.round(intervalMs))} milliseconds`;
  const result = await db.execute(sql`
    insert into send_budgets (name, next_at) values (${name}, clock_timestamp() + ${interval}::interval)
    on conflict (name) do update
      set next_at = greatest(send_budgets.next_at, clock_timestamp()) + ${interval}::interval
    returning extract(epoch from (next_at - ${interval}::interval - clock_timestamp())) * 1000 as wait_ms`);
  const wait = Number(rowsOf<{ wait_ms: string | number }>(result)[0]?.wait_ms ?? 0);
  return Math.max(0, Math.ceil(wait));
}

/** How long finished rows are kept before the hourly prune removes them. */
export const RETENTION = {
  /** Sign-in rate-limit windows last at most 15 minutes; a day is plenty to read them afterwards. */
  rateLimitMs: 24 * 3_600_000,
  /** The development mailbox shows recent mail only. */
  outboxMs: 14 * 86_400_000,
  /** Invitations that expired or were revoked stay listed (to resend) for 30 days. */
  invitationMs: 30 * 86_400_000,
} as const;

export interface PruneCounts {
  rateLimits: number;
  outbox: number;
  verificationTokens: number;
  sessions: number;
  invitations: number;
}

/** Deletes rows past their use: ended rate-limit windows, old dev mail, expired tokens, sessions and invitations. */
export async function pruneExpired(db: Database, now: Date): Promise<PruneCounts> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const count = (rows: unknown[]) => rows.length;
  const rateLimitRows = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, ago(RETENTION.rateLimitMs)))
    .returning({ key: rateLimits.key });
  const outboxRows = await db
    .delete(emailOutbox)
    .where(lt(emailOutbox.createdAt, ago(RETENTION.outboxMs)))
    .returning({ id: emailOutbox.id });
  const tokenRows = await db
    .delete(verificationTokens)
    .where(lt(verificationTokens.expires, now))
    .returning({ token: verificationTokens.token });
  const sessionRows = await db
    .delete(sessions)
    .where(lt(sessions.expires, now))
    .returning({ token: sessions.sessionToken });
  const old = ago(RETENTION.invitationMs);
  // Accepted invitations are the record of who joined how; only dead ones go.
  const invitationRows = await db
    .delete(invitations)
    .where(
      and(
        isNull(invitations.acceptedAt),
        or(
          lt(invitations.expiresAt, old),
          and(isNotNull(invitations.revokedAt), lt(invitations.revokedAt, old)),
        ),
      ),
    )
    .returning({ id: invitations.id });
  return {
    rateLimits: count(rateLimitRows),
    outbox: count(outboxRows),
    verificationTokens: count(tokenRows),
    sessions: count(sessionRows),
    invitations: count(invitationRows),
  };
}

/** A digest run is alive: called at its start and after every batch. */
export async function touchDigestRun(db: Database, runId: string, at: Date) {
  await db.update(digestRuns).set({ heartbeatAt: at }).where(eq(digestRuns.id, runId));
}

/**
 * How many digest batches could be sent now: planned deliveries already due (in batches of `size`)
 * plus batches whose worker died (lease over) or whose retry time has come.
 */
export async function digestBatchesWaiting(db: Database, now: Date, size = 100): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    select
      (select count(*) from digest_deliveries where state = 'planned' and due_at <= ${at})::int as planned,
      (select count(*) from digest_batches where state = 'pending'
        and (lease_until is null or lease_until < ${at})
        and (not_before is null or not_before <= ${at}))::int as stale`);
  const row = rowsOf<{ planned: number; stale: number }>(result)[0];
  return Math.ceil(Number(row?.planned ?? 0) / size) + Number(row?.stale ?? 0);
}
