// Background upkeep the job engine runs: a request budget shared by every process, pruning of rows
// that have done their job, and the heartbeat that tells a dead digest run from a live one.
import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../migrate";
import { digestRuns, emailOutbox, invitations, rateLimits, sessions, verificationTokens } from "../schema";

/** At most `requests` grants in any window of `windowMs`, for every process of the deployment. */
export interface SendBudget {
  name: string;
  requests: number;
  windowMs: number;
}

/**
 * Takes the next grant of a shared request budget and returns how long to wait for it. The budget is a
 * ring of `requests` rows, each holding when it may next be used; a taker locks the ring, takes the
 * row free soonest and moves it one window on. Grants from one row are a window apart, so any window
 * holds at most one grant per row: never more than `requests`, and exactly that many when busy. One
 * statement on the database's clock (or `at`, a test clock), so processes on any machine share it.
 */
export async function takeSendSlot(db: Database, budget: SendBudget, at?: Date): Promise<number> {
  const count = Math.max(1, Math.floor(budget.requests));
  const names = Array.from({ length: count }, (_, i) => sql`${`${budget.name}#${i}`}`);
  const ring = sql.join(names, sql`, `);
  const window = `${Math.max(1, Math.round(budget.windowMs))} milliseconds`;
  const now = sql`${at ? at.toISOString() : null}::timestamptz`;
  await db.execute(sql`
    insert into send_budgets (name, next_at)
    select name, to_timestamp(0) from unnest(array[${ring}]::text[]) as name
    on conflict (name) do nothing`);
  const result = await db.execute(sql`
    with now_ as (select coalesce(${now}, clock_timestamp()) as t),
    ring as (select name, next_at from send_budgets where name in (${ring}) order by name for update),
    pick as (select name from ring order by next_at, name limit 1)
    update send_budgets b set next_at = greatest(b.next_at, (select t from now_)) + ${window}::interval
    from pick where b.name = pick.name
    returning extract(epoch from (b.next_at - ${window}::interval - (select t from now_))) * 1000 as wait_ms`);
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
