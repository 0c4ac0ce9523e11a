import { createHash } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../migrate";
import {
  type DeliveryPayload,
  digestBatches,
  digestDeliveries,
  digestRuns,
  digestTipHistory,
  emailSuppressions,
} from "../schema";

/**
 * The digest pipeline's storage: who is due, planned deliveries, batches claimed with
 * FOR UPDATE SKIP LOCKED and a lease, and what happened to each delivery. Only packages/jobs calls these.
 */

/** A timestamp parameter for raw SQL: postgres.js takes strings there, not Date objects. */
function timestampParam(date: Date) {
  return sql`${date.toISOString()}::timestamptz`;
}

export interface DigestRecipient {
  userId: string;
  email: string;
  name: string | null;
  timeZone: string;
  /** BCP 47 tag for dates and the first day of the week. */
  locale: string;
  /** Digest sections the person switched off. */
  hiddenSections: string[];
  organisationId: string;
  /** The person's day/hour, or the organisation's default. */
  day: number;
  hour: number;
  enabled: boolean;
  managesTeam: boolean;
  suppressed: boolean;
  /** The generation unsubscribe links are made for (see users.unsubscribeVersion). */
  unsubscribeVersion: number;
}

/** Everyone in an organisation, with their digest settings resolved (first organisation joined wins). */
export async function listDigestRecipients(db: Database, filter: { userIds?: string[] } = {}) {
  const only = filter.userIds?.length
    ? sql`and u.id in (${sql.join(
        filter.userIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const result = await db.execute(sql`
    select distinct on (u.id)
      u.id as "userId", u.email, u.name, u.time_zone as "timeZone", u.locale, m.organisation_id as "organisationId",
      u.unsubscribe_version as "unsubscribeVersion",
      coalesce(p.hidden_sections, '{}'::text[]) as "hiddenSections",
      coalesce(p.day, o.digest_day) as day, coalesce(p.hour, o.digest_hour) as hour,
      coalesce(p.enabled, true) as enabled,
      exists(select 1 from team_members tm join teams t on t.id = tm.team_id
             where tm.user_id = u.id and tm.role = 'manager' and t.organisation_id = m.organisation_id) as "managesTeam",
      exists(select 1 from email_suppressions s where s.email = lower(u.email)) as suppressed
    from users u
    join memberships m on m.user_id = u.id
    join organisations o on o.id = m.organisation_id
    left join digest_preferences p on p.user_id = u.id
    where true ${only}
    order by u.id, m.created_at, m.id`);
  return rowsOf<DigestRecipient>(result).map((r) => ({
    ...r,
    day: Number(r.day),
    hour: Number(r.hour),
    unsubscribeVersion: Number(r.unsubscribeVersion),
  }));
}

export interface PlannedDelivery {
  userId: string;
  organisationId: string;
  isoWeek: string;
  kind: "employee" | "manager";
  dueAt: Date;
}

/** Inserts deliveries that do not exist yet; the unique (user, week, kind) makes this safe to repeat. */
export async function planDeliveries(db: Database, rows: PlannedDelivery[], runId: string): Promise<number> {
  let created = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const inserted = await db
      .insert(digestDeliveries)
      .values(chunk.map((row) => ({ ...row, runId })))
      .onConflictDoNothing({
        target: [digestDeliveries.userId, digestDeliveries.isoWeek, digestDeliveries.kind],
      })
      .returning({ id: digestDeliveries.id });
    created += inserted.length;
  }
  return created;
}

export type ClaimedBatch = typeof digestBatches.$inferSelect;

/** The key Resend deduplicates on: derived from the ids of the deliveries in the batch, and nothing else. */
export function batchIdempotencyKey(deliveryIds: string[]): string {
  const digest = createHash("sha256")
    .update([...deliveryIds].sort().join("\n"))
    .digest("hex");
  return `rapport-digest/${digest.slice(0, 40)}`;
}

/**
 * Takes a batch someone else started and could not finish: its lease ran out (the worker died or
 * stalled) or it waits for a retry whose time has come. SKIP LOCKED: two workers never take the same.
 */
export async function claimStaleBatch(
  db: Database,
  worker: { workerId: string; now: Date; leaseMs: number },
): Promise<ClaimedBatch | null> {
  const result = await db.execute(sql`
    update digest_batches set claimed_by = ${worker.workerId},
      lease_until = ${timestampParam(new Date(worker.now.getTime() + worker.leaseMs))}, updated_at = ${timestampParam(worker.now)}
    where id = (
      select id from digest_batches
      where state = 'pending' and (lease_until is null or lease_until < ${timestampParam(worker.now)})
        and (not_before is null or not_before <= ${timestampParam(worker.now)})
      order by created_at, id
      limit 1
      for update skip locked)
    returning id`);
  const id = rowsOf<{ id: string }>(result)[0]?.id;
  if (!id) return null;
  const [batch] = await db.select().from(digestBatches).where(eq(digestBatches.id, id));
  return batch ?? null;
}

/** Claims up to `size` planned deliveries that are due into a new batch held by this worker. */
export async function claimNewBatch(
  db: Database,
  worker: { workerId: string; now: Date; leaseMs: number; size: number; runId: string },
): Promise<ClaimedBatch | null> {
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      select id from digest_deliveries
      where state = 'planned' and due_at <= ${timestampParam(worker.now)}
      order by due_at, id
      limit ${worker.size}
      for update skip locked`);
    const ids = rowsOf<{ id: string }>(result).map((r) => r.id);
    if (ids.length === 0) return null;
    const [batch] = await tx
      .insert(digestBatches)
      .values({
        idempotencyKey: batchIdempotencyKey(ids),
        claimedBy: worker.workerId,
        leaseUntil: new Date(worker.now.getTime() + worker.leaseMs),
      })
      .returning();
    if (!batch) throw new Error("digest batch was not created");
    await tx
      .update(digestDeliveries)
      .set({ state: "claimed", batchId: batch.id, runId: worker.runId })
      .where(inArray(digestDeliveries.id, ids));
    return batch;
  });
}

/** Deliveries of a batch, oldest id first, with what they need for composing. */
export async function batchDeliveries(db: Database, batchId: string) {
  return db
    .select()
    .from(digestDeliveries)
    .where(eq(digestDeliveries.batchId, batchId))
    .orderBy(asc(digestDeliveries.id));
}

export type PreparedOutcome =
  | { id: string; payload: DeliveryPayload; tipId?: string; isoWeek: string; userId: string }
  | { id: string; skipped: string }
  | { id: string; failed: string };

/**
 * Freezes a batch's content: payloads and skips are written and the batch sealed in one transaction,
 * only while this worker still holds it. If another worker sealed it first, nothing is written and
 * the caller sends what that worker sealed, so a batch's bytes never differ between attempts.
 * One statement writes every delivery of the batch and one the tips, whatever the batch's size.
 * Returns the deliveries that now carry a payload (to send), or null when the batch was not ours to seal.
 */
export async function sealBatch(
  db: Database,
  batch: { id: string; workerId: string; now: Date; runId: string },
  outcomes: PreparedOutcome[],
): Promise<string[] | null> {
  return db.transaction(async (tx) => {
    const locked = await tx.execute(
      sql`select claimed_by, sealed_at from digest_batches where id = ${batch.id} for update`,
    );
    const row = rowsOf<{ claimed_by: string | null; sealed_at: Date | null }>(locked)[0];
    if (!row || row.sealed_at !== null || row.claimed_by !== batch.workerId) return null;
    let withPayload: string[] = [];
    if (outcomes.length > 0) {
      const rows = outcomes.map((o) =>
        "payload" in o
          ? { id: o.id, state: "claimed", payload: o.payload, error: null }
          : {
              id: o.id,
              state: "skipped" in o ? "skipped" : "failed",
              payload: null,
              error: "skipped" in o ? o.skipped : o.failed,
            },
      );
      const updated = await tx.execute(sql`
        update digest_deliveries d set
          state = v.state::delivery_state, payload = v.payload, error = coalesce(v.error, d.error),
          run_id = ${batch.runId}, updated_at = ${timestampParam(new Date())}
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id text, state text, payload jsonb, error text)
        where d.id = v.id and d.state = 'claimed' and d.payload is null
        returning d.id, d.payload is not null as "hasPayload"`);
      withPayload = rowsOf<{ id: string; hasPayload: boolean }>(updated)
        .filter((r) => r.hasPayload)
        .map((r) => r.id);
    }
    const tips = outcomes.flatMap((o) =>
      "payload" in o && o.tipId ? [{ userId: o.userId, isoWeek: o.isoWeek, tipId: o.tipId }] : [],
    );
    if (tips.length > 0) await tx.insert(digestTipHistory).values(tips).onConflictDoNothing();
    await tx.update(digestBatches).set({ sealedAt: batch.now }).where(eq(digestBatches.id, batch.id));
    return withPayload;
  });
}

/**
 * Records Resend's ids in one statement; a delivery already sent is left as it is. Returns how many
 * became sent.
 */
export async function recordBatchSent(
  db: Database,
  batch: { id: string; now: Date; runId: string },
  sent: { id: string; resendId: string }[],
): Promise<number> {
  return db.transaction(async (tx) => {
    let count = 0;
    if (sent.length > 0) {
      const updated = await tx.execute(sql`
        update digest_deliveries d set
          state = 'sent', resend_id = v.resend_id, sent_at = ${timestampParam(batch.now)}, error = null,
          run_id = ${batch.runId}, payload = null, updated_at = ${timestampParam(new Date())}
        from jsonb_to_recordset(${JSON.stringify(sent.map((s) => ({ id: s.id, resend_id: s.resendId })))}::jsonb)
          as v(id text, resend_id text)
        where d.id = v.id and d.state = 'claimed'
        returning d.id`);
      count = rowsOf<{ id: string }>(updated).length;
    }
    await tx
      .update(digestBatches)
      .set({ state: "sent", leaseUntil: null, lastError: null })
      .where(eq(digestBatches.id, batch.id));
    return count;
  });
}

/** Gives the batch back to be retried at `notBefore` (a server's retry-after, or backoff). */
export async function scheduleBatchRetry(
  db: Database,
  batch: { id: string; attempts: number; notBefore: Date; error: string },
) {
  await db
    .update(digestBatches)
    .set({ attempts: batch.attempts, notBefore: batch.notBefore, leaseUntil: null, lastError: batch.error })
    .where(eq(digestBatches.id, batch.id));
}

/** Gives up on a batch: its unsent deliveries are marked failed with the reason. */
export async function failBatch(
  db: Database,
  batch: { id: string; attempts: number; error: string; runId: string },
) {
  await db.transaction(async (tx) => {
    await tx
      .update(digestDeliveries)
      .set({ state: "failed", error: batch.error, runId: batch.runId })
      .where(and(eq(digestDeliveries.batchId, batch.id), eq(digestDeliveries.state, "claimed")));
    await tx
      .update(digestBatches)
      .set({ state: "failed", attempts: batch.attempts, leaseUntil: null, lastError: batch.error })
      .where(eq(digestBatches.id, batch.id));
  });
}

/** Counts this attempt before sending, so a worker dying mid-request still uses one up. */
export async function countBatchAttempt(db: Database, batchId: string): Promise<number> {
  const [row] = await db
    .update(digestBatches)
    .set({ attempts: sql`${digestBatches.attempts} + 1` })
    .where(eq(digestBatches.id, batchId))
    .returning({ attempts: digestBatches.attempts });
  return row?.attempts ?? 0;
}

/**
 * The earliest time a batch that waits for a retry (nobody holds it) may be taken again, or null when
 * none waits. Batches other workers hold are theirs to finish, or to be taken over when their lease ends.
 */
export async function nextBatchRetryAt(db: Database, now: Date): Promise<Date | null> {
  const result = await db.execute(sql`
    select min(greatest(coalesce(not_before, ${timestampParam(now)}), ${timestampParam(now)})) as at from digest_batches
    where state = 'pending' and (lease_until is null or lease_until < ${timestampParam(now)})`);
  const at = rowsOf<{ at: Date | string | null }>(result)[0]?.at;
  return at ? new Date(at) : null;
}

export async function startDigestRun(
  db: Database,
  run: { id: string; trigger: string; workerId: string; startedAt: Date },
) {
  await db.insert(digestRuns).values(run);
}

/** Stores a run's totals, counted from the deliveries it touched. */
export async function finishDigestRun(
  db: Database,
  run: { id: string; planned: number; finishedAt: Date; error?: string },
) {
  const result = await db.execute(sql`
    select state, count(*)::int as n from digest_deliveries where run_id = ${run.id} group by state`);
  const counts = Object.fromEntries(
    rowsOf<{ state: string; n: number }>(result).map((r) => [r.state, Number(r.n)]),
  );
  const totals = { sent: counts.sent ?? 0, skipped: counts.skipped ?? 0, failed: counts.failed ?? 0 };
  await db
    .update(digestRuns)
    .set({ planned: run.planned, finishedAt: run.finishedAt, error: run.error ?? null, ...totals })
    .where(eq(digestRuns.id, run.id));
  return totals;
}

/** Tips sent to this person, for rotation without repeats. */
export async function tipHistoryFor(db: Database, userId: string) {
  const rows = await db
    .select({ weekKey: digestTipHistory.isoWeek, tipId: digestTipHistory.tipId })
    .from(digestTipHistory)
    .where(eq(digestTipHistory.userId, userId));
  return rows;
}

/** Adds an address Resend reported as bounced or complained; a redelivered event changes nothing. */
export async function suppressAddress(
  db: Database,
  entry: { email: string; reason: string; eventId?: string },
) {
  await db
    .insert(emailSuppressions)
    .values({ email: entry.email.trim().toLowerCase(), reason: entry.reason, eventId: entry.eventId })
    .onConflictDoNothing();
}
