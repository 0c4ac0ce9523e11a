import { notFound } from "@rapport/domain";
import { digestRunStatus } from "@rapport/domain/digest";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../migrate";
import { digestDeliveries, digestPreferences, memberships, organisations, users } from "../schema";
import type { OrgScope } from "./scope";

/** My digest settings, with the organisation's defaults they fall back to. */
export async function getDigestPreferences(db: Database, scope: OrgScope) {
  const [row] = await db
    .select({
      timeZone: users.timeZone,
      orgDay: organisations.digestDay,
      orgHour: organisations.digestHour,
      enabled: digestPreferences.enabled,
      day: digestPreferences.day,
      hour: digestPreferences.hour,
      hiddenSections: digestPreferences.hiddenSections,
    })
    .from(users)
    .innerJoin(
      memberships,
      and(eq(memberships.userId, users.id), eq(memberships.organisationId, scope.organisationId)),
    )
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(digestPreferences, eq(digestPreferences.userId, users.id))
    .where(eq(users.id, scope.userId));
  if (!row) throw notFound("Your membership");
  return {
    enabled: row.enabled ?? true,
    day: row.day ?? row.orgDay,
    hour: row.hour ?? row.orgHour,
    usesOrganisationDefault: row.day === null && row.hour === null,
    organisationDay: row.orgDay,
    organisationHour: row.orgHour,
    timeZone: row.timeZone,
    hiddenSections: row.hiddenSections ?? [],
  };
}

/** Saves my settings; a day and hour equal to the organisation's default keep following that default. */
export async function updateDigestPreferences(
  db: Database,
  scope: OrgScope,
  input: { enabled: boolean; day: number; hour: number; hiddenSections?: string[] },
) {
  const current = await getDigestPreferences(db, scope);
  const followDefault = input.day === current.organisationDay && input.hour === current.organisationHour;
  const values = {
    enabled: input.enabled,
    day: followDefault ? null : input.day,
    hour: followDefault ? null : input.hour,
    unsubscribedAt: input.enabled ? null : current.enabled ? new Date() : undefined,
    ...(input.hiddenSections ? { hiddenSections: [...new Set(input.hiddenSections)] } : {}),
  };
  await db
    .insert(digestPreferences)
    .values({ userId: scope.userId, ...values })
    .onConflictDoUpdate({ target: digestPreferences.userId, set: values });
  return getDigestPreferences(db, scope);
}

/** Switches a person's digest on or off (the signed unsubscribe link; no session needed). */
export async function setDigestSubscription(
  db: Database,
  userId: string,
  enabled: boolean,
  now = new Date(),
) {
  const [user] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw notFound("This subscription");
  const values = { enabled, unsubscribedAt: enabled ? null : now };
  await db
    .insert(digestPreferences)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: digestPreferences.userId, set: values });
  return user;
}

export async function digestSubscriptionOf(db: Database, userId: string) {
  const [row] = await db
    .select({ email: users.email, enabled: digestPreferences.enabled, version: users.unsubscribeVersion })
    .from(users)
    .leftJoin(digestPreferences, eq(digestPreferences.userId, users.id))
    .where(eq(users.id, userId));
  if (!row) return null;
  return { email: row.email, enabled: row.enabled ?? true, unsubscribeVersion: row.version };
}

/** Makes every unsubscribe link of this person stop working; the next digest carries a new one. */
export async function rotateUnsubscribeLinks(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ unsubscribeVersion: sql`${users.unsubscribeVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ version: users.unsubscribeVersion });
  return row?.version ?? 0;
}

/**
 * The last digest runs as seen from one organisation: each run's counts over this organisation's
 * deliveries, and the recent failures with their reasons (admins only; no digest content).
 */
export async function listDigestRuns(db: Database, scope: OrgScope, limit = 10, now = new Date()) {
  const runs = rowsOf<{
    id: string;
    trigger: string;
    startedAt: Date | string;
    finishedAt: Date | string | null;
    heartbeatAt: Date | string | null;
    error: string | null;
    sent: number;
    skipped: number;
    failed: number;
  }>(
    await db.execute(sql`
      select r.id, r.trigger, r.started_at as "startedAt", r.finished_at as "finishedAt",
        r.heartbeat_at as "heartbeatAt", r.error,
        count(d.id) filter (where d.state = 'sent')::int as sent,
        count(d.id) filter (where d.state = 'skipped')::int as skipped,
        count(d.id) filter (where d.state = 'failed')::int as failed
      from digest_runs r
      join digest_deliveries d on d.run_id = r.id and d.organisation_id = ${scope.organisationId}
      group by r.id
      order by r.started_at desc
      limit ${limit}`),
  ).map(({ heartbeatAt, ...r }) => {
    const run = {
      ...r,
      startedAt: new Date(r.startedAt),
      finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
    };
    // A run whose worker died keeps what it recorded (the counts above) and says it was interrupted.
    const status = digestRunStatus({ ...run, heartbeatAt: heartbeatAt ? new Date(heartbeatAt) : null }, now);
    return { ...run, status };
  });
  const failures = await db
    .select({
      id: digestDeliveries.id,
      name: users.name,
      email: users.email,
      isoWeek: digestDeliveries.isoWeek,
      kind: digestDeliveries.kind,
      error: digestDeliveries.error,
      at: digestDeliveries.updatedAt,
    })
    .from(digestDeliveries)
    .innerJoin(users, eq(users.id, digestDeliveries.userId))
    .where(
      and(eq(digestDeliveries.organisationId, scope.organisationId), eq(digestDeliveries.state, "failed")),
    )
    .orderBy(desc(digestDeliveries.updatedAt))
    .limit(20);
  return { runs, failures };
}
