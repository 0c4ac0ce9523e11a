// What the rest of the product may know about contacts: activity for the owner's own goals, and
// numbers per person for managers. Never names, notes or anything else about the people.
import type { Activity } from "@rapport/domain/goals";
import { and, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { contacts, followUps, interactions } from "../schema";

import { type ActivityRange, type OrgScope, ownedBy, type PeopleScope } from "./scope";

/** One activity and whose it is (a read may serve several people). */
export type PersonActivity<K extends Activity["kind"]> = Extract<Activity, { kind: K }> & { userId: string };

// Instants go to raw SQL as ISO text: postgres.js does not serialise Date parameters there.
// A day-dated record counts at noon UTC of that day, so it lands on the same date in every
// working time zone when goals convert it back.
const metAt = sql<Date>`coalesce((${contacts.metOn}::timestamp + interval '12 hours') at time zone 'UTC', ${contacts.createdAt})`;

/** People met (goal metric people_met): contacts added by hand, at the day we met. Imports do not count. */
export async function peopleMetActivities(
  db: Database,
  who: OrgScope | PeopleScope,
  { from, to }: ActivityRange,
): Promise<PersonActivity<"person_met">[]> {
  const rows = await db
    .select({ userId: contacts.ownerId, at: metAt })
    .from(contacts)
    .where(
      and(
        ownedBy(contacts.ownerId, who),
        eq(contacts.organisationId, who.organisationId),
        eq(contacts.source, "manual"),
        sql`${metAt} >= ${from.toISOString()}::timestamptz`,
        sql`${metAt} < ${to.toISOString()}::timestamptz`,
      ),
    );
  return rows.map((r) => ({ kind: "person_met", at: new Date(r.at), userId: r.userId }));
}

const interactionAt = sql<Date>`(${interactions.occurredOn}::timestamp + interval '12 hours') at time zone 'UTC'`;

/** Conversations (goal metric conversations): every interaction logged. */
export async function conversationActivities(
  db: Database,
  who: OrgScope | PeopleScope,
  { from, to }: ActivityRange,
): Promise<PersonActivity<"conversation">[]> {
  const rows = await db
    .select({ userId: interactions.ownerId, at: interactionAt })
    .from(interactions)
    .where(
      and(
        ownedBy(interactions.ownerId, who),
        eq(interactions.organisationId, who.organisationId),
        sql`${interactionAt} >= ${from.toISOString()}::timestamptz`,
        sql`${interactionAt} < ${to.toISOString()}::timestamptz`,
      ),
    );
  return rows.map((r) => ({ kind: "conversation", at: new Date(r.at), userId: r.userId }));
}

/** Follow-ups done (goal metric follow_ups_done), at the moment they were marked done. */
export async function followUpDoneActivities(
  db: Database,
  who: OrgScope | PeopleScope,
  { from, to }: ActivityRange,
): Promise<PersonActivity<"follow_up_done">[]> {
  const rows = await db
    .select({ userId: followUps.ownerId, at: followUps.doneAt })
    .from(followUps)
    .where(
      and(
        ownedBy(followUps.ownerId, who),
        eq(followUps.organisationId, who.organisationId),
        isNotNull(followUps.doneAt),
        gte(followUps.doneAt, from),
        lt(followUps.doneAt, to),
      ),
    );
  return rows.flatMap((r) => (r.at ? [{ kind: "follow_up_done" as const, at: r.at, userId: r.userId }] : []));
}

export interface ContactActivityCount {
  userId: string;
  newContacts: number;
  interactions: number;
  followUpsDone: number;
  followUpsDoneOnTime: number;
}

/**
 * Counts per person in an organisation over [from, to): the only view of contacts a manager's
 * dashboard gets. Only numbers leave this function. People with nothing logged get zeros.
 */
export async function contactActivityCounts(
  db: Database,
  input: { organisationId: string; userIds: string[]; from: Date; to: Date },
): Promise<ContactActivityCount[]> {
  const { organisationId, userIds, from, to } = input;
  if (userIds.length === 0) return [];
  const [added, logged, done] = await Promise.all([
    db
      .select({ userId: contacts.ownerId, n: sql<number>`count(*)::int` })
      .from(contacts)
      .where(
        and(
          eq(contacts.organisationId, organisationId),
          inArray(contacts.ownerId, userIds),
          eq(contacts.source, "manual"),
          gte(contacts.createdAt, from),
          lt(contacts.createdAt, to),
        ),
      )
      .groupBy(contacts.ownerId),
    db
      .select({ userId: interactions.ownerId, n: sql<number>`count(*)::int` })
      .from(interactions)
      .where(
        and(
          eq(interactions.organisationId, organisationId),
          inArray(interactions.ownerId, userIds),
          gte(interactions.createdAt, from),
          lt(interactions.createdAt, to),
        ),
      )
      .groupBy(interactions.ownerId),
    db
      .select({
        userId: followUps.ownerId,
        n: sql<number>`count(*)::int`,
        onTime: sql<number>`(count(*) filter (where ${followUps.doneOn} <= ${followUps.originalDueOn}))::int`,
      })
      .from(followUps)
      .where(
        and(
          eq(followUps.organisationId, organisationId),
          inArray(followUps.ownerId, userIds),
          gte(followUps.doneAt, from),
          lt(followUps.doneAt, to),
        ),
      )
      .groupBy(followUps.ownerId),
  ]);
  const by = <T extends { userId: string }>(rows: T[]) => new Map(rows.map((r) => [r.userId, r]));
  const a = by(added);
  const l = by(logged);
  const d = by(done);
  return userIds.map((userId) => ({
    userId,
    newContacts: Number(a.get(userId)?.n ?? 0),
    interactions: Number(l.get(userId)?.n ?? 0),
    followUpsDone: Number(d.get(userId)?.n ?? 0),
    followUpsDoneOnTime: Number(d.get(userId)?.onTime ?? 0),
  }));
}

/** How many open follow-ups each person has that were due before `today` (numbers only). */
export async function overdueFollowUpCounts(
  db: Database,
  input: { organisationId: string; userIds: string[]; today: string },
): Promise<Map<string, number>> {
  if (input.userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: followUps.ownerId, overdue: sql<number>`count(*)::int` })
    .from(followUps)
    .where(
      and(
        eq(followUps.organisationId, input.organisationId),
        inArray(followUps.ownerId, input.userIds),
        sql`${followUps.doneOn} is null`,
        lt(followUps.dueOn, input.today),
      ),
    )
    .groupBy(followUps.ownerId);
  return new Map(rows.map((r) => [r.userId, Number(r.overdue)]));
}
