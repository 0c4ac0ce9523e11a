// Interactions and follow-ups on the caller's own contacts: logging what happened, what is due,
// who is drifting away, and keep-in-touch cadences by tag.
import { AppError, conflict, notFound } from "@rapport/domain";
import {
  type Cadence,
  groupDue,
  type InteractionKind,
  type InteractionOutcome,
  losingTouch,
  nextFollowUp,
  secondTouchSuggestion,
  validateCadence,
} from "@rapport/domain/followups";
import { addDays, localDate } from "@rapport/domain/time";
import { weekStartOf } from "@rapport/domain/words";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { contacts, followUps, interactions, tagCadences, users } from "../schema";
import {
  cadenceFor,
  lastDoneSql,
  lastInteractionSql,
  notBefore,
  ownedBy,
  tagCadenceMap,
  timeZoneOf,
  todayFor,
} from "./contact-scope";
import { getOwnedContact, lastTouch } from "./contacts";
import type { OrgScope } from "./scope";

export interface InteractionInput {
  kind: InteractionKind;
  occurredOn: string;
  outcome: InteractionOutcome;
  note: string | null;
  reflection: string | null;
}

/**
 * Logs an interaction. Any interaction resets the keep-in-touch clock, so an open cadence
 * follow-up moves to the ideal gap after it. After no reply or a no, a gentle next step comes back.
 */
export async function logInteraction(
  db: Database,
  scope: OrgScope,
  contactId: string,
  input: InteractionInput,
) {
  const contact = await getOwnedContact(db, scope, contactId);
  const [today, byTag] = await Promise.all([todayFor(db, scope.userId), tagCadenceMap(db, scope)]);
  return db.transaction(async (tx) => {
    const earlier = await tx
      .select({ outcome: interactions.outcome })
      .from(interactions)
      .where(
        and(eq(interactions.contactId, contact.id), sql`${interactions.occurredOn} <= ${input.occurredOn}`),
      )
      .orderBy(desc(interactions.occurredOn), desc(interactions.createdAt))
      .limit(5);
    const [interaction] = await tx
      .insert(interactions)
      .values({
        ...input,
        contactId: contact.id,
        ownerId: scope.userId,
        organisationId: scope.organisationId,
      })
      .returning();
    if (!interaction) throw conflict("The interaction could not be saved.");
    const cadence = cadenceFor(contact, byTag);
    if (cadence && input.occurredOn <= today) {
      const due = addDays(input.occurredOn, cadence.cadence.idealDays);
      await tx
        .update(followUps)
        .set({ dueOn: notBefore(due, today) })
        .where(
          and(
            eq(followUps.contactId, contact.id),
            eq(followUps.reason, "cadence"),
            isNull(followUps.doneOn),
            sql`${followUps.dueOn} < ${due}`,
          ),
        );
    }
    let earlierNoReplies = 0;
    for (const e of earlier) {
      if (e.outcome !== "no_reply") break;
      earlierNoReplies++;
    }
    return { interaction, suggestion: secondTouchSuggestion({ ...input, earlierNoReplies }) };
  });
}

export async function deleteInteraction(db: Database, scope: OrgScope, interactionId: string) {
  const deleted = await db
    .delete(interactions)
    .where(and(eq(interactions.id, interactionId), ownedBy(interactions, scope)))
    .returning({ id: interactions.id, contactId: interactions.contactId });
  if (!deleted[0]) throw notFound("That interaction");
  return deleted[0];
}

export async function addFollowUp(
  db: Database,
  scope: OrgScope,
  contactId: string,
  input: { dueOn: string; note: string | null; reason?: "manual" | "second_touch" },
) {
  const contact = await getOwnedContact(db, scope, contactId);
  const today = await todayFor(db, scope.userId);
  if (input.dueOn < today) {
    throw new AppError("invalid", `Pick today (${today}) or a later date.`, "dueOn");
  }
  const [row] = await db
    .insert(followUps)
    .values({
      contactId: contact.id,
      ownerId: scope.userId,
      organisationId: scope.organisationId,
      dueOn: input.dueOn,
      originalDueOn: input.dueOn,
      note: input.note,
      reason: input.reason ?? "manual",
    })
    .returning();
  return row;
}

async function getOpenFollowUp(db: Database, scope: OrgScope, followUpId: string) {
  const [row] = await db
    .select()
    .from(followUps)
    .where(and(eq(followUps.id, followUpId), ownedBy(followUps, scope)));
  if (!row) throw notFound("That follow-up");
  if (row.doneOn) throw conflict("That follow-up is already done.");
  return row;
}

/**
 * Marks a follow-up done today. With a keep-in-touch cadence (the contact's own, or its tag's),
 * the next one is scheduled the ideal number of days from today.
 */
export async function completeFollowUp(db: Database, scope: OrgScope, followUpId: string) {
  const row = await getOpenFollowUp(db, scope, followUpId);
  const contact = await getOwnedContact(db, scope, row.contactId);
  const [today, byTag] = await Promise.all([todayFor(db, scope.userId), tagCadenceMap(db, scope)]);
  const cadence = cadenceFor(contact, byTag)?.cadence ?? null;
  const next = nextFollowUp(row.dueOn, { kind: "done", cadence }, today);
  return db.transaction(async (tx) => {
    await tx.update(followUps).set({ doneOn: today, doneAt: new Date() }).where(eq(followUps.id, row.id));
    let nextId: string | null = null;
    if (next) {
      const [inserted] = await tx
        .insert(followUps)
        .values({
          contactId: contact.id,
          ownerId: scope.userId,
          organisationId: scope.organisationId,
          dueOn: next,
          originalDueOn: next,
          reason: "cadence",
        })
        .returning({ id: followUps.id });
      nextId = inserted?.id ?? null;
    }
    return { contactId: contact.id, contactName: contact.name, nextDueOn: next, nextId };
  });
}

/**
 * Undoes "done": the follow-up is open again, and the catch-up that marking it done scheduled (`nextId`)
 * is removed, but only while it is still that: open, a cadence one, for the same person.
 */
export async function reopenFollowUp(
  db: Database,
  scope: OrgScope,
  followUpId: string,
  nextId: string | null,
) {
  const [row] = await db
    .select()
    .from(followUps)
    .where(and(eq(followUps.id, followUpId), ownedBy(followUps, scope)));
  if (!row) throw notFound("That follow-up");
  if (!row.doneOn) return { contactId: row.contactId, reopened: false };
  await db.transaction(async (tx) => {
    await tx.update(followUps).set({ doneOn: null, doneAt: null }).where(eq(followUps.id, row.id));
    if (nextId) {
      await tx
        .delete(followUps)
        .where(
          and(
            eq(followUps.id, nextId),
            ownedBy(followUps, scope),
            eq(followUps.contactId, row.contactId),
            eq(followUps.reason, "cadence"),
            isNull(followUps.doneOn),
          ),
        );
    }
  });
  return { contactId: row.contactId, reopened: true };
}

/** Puts an open follow-up back on a given day (undoing a snooze, which may mean a day already past). */
export async function setFollowUpDue(db: Database, scope: OrgScope, followUpId: string, dueOn: string) {
  const row = await getOpenFollowUp(db, scope, followUpId);
  await db.update(followUps).set({ dueOn }).where(eq(followUps.id, row.id));
  return { contactId: row.contactId, dueOn };
}

export async function snoozeFollowUp(
  db: Database,
  scope: OrgScope,
  followUpId: string,
  by: { days: number } | { until: string },
) {
  const row = await getOpenFollowUp(db, scope, followUpId);
  const today = await todayFor(db, scope.userId);
  const dueOn = nextFollowUp(row.dueOn, { kind: "snooze", ...by }, today);
  if (!dueOn) throw conflict("That follow-up could not be snoozed.");
  await db.update(followUps).set({ dueOn }).where(eq(followUps.id, row.id));
  return { dueOn, contactId: row.contactId };
}

export async function deleteFollowUp(db: Database, scope: OrgScope, followUpId: string) {
  const deleted = await db
    .delete(followUps)
    .where(and(eq(followUps.id, followUpId), ownedBy(followUps, scope)))
    .returning({ contactId: followUps.contactId });
  if (!deleted[0]) throw notFound("That follow-up");
  return deleted[0];
}

/** Open follow-ups sorted into overdue / today / this week / next week / later, by the person's own week. */
export async function listDueFollowUps(db: Database, scope: OrgScope) {
  const [person] = await db
    .select({ timeZone: users.timeZone, locale: users.locale })
    .from(users)
    .where(eq(users.id, scope.userId));
  const today = localDate(new Date(), person?.timeZone ?? "UTC");
  const weekStart = weekStartOf(person?.locale);
  const rows = await db
    .select({
      id: followUps.id,
      dueOn: followUps.dueOn,
      originalDueOn: followUps.originalDueOn,
      reason: followUps.reason,
      note: followUps.note,
      doneOn: followUps.doneOn,
      contactId: contacts.id,
      contactName: contacts.name,
      company: contacts.company,
    })
    .from(followUps)
    .innerJoin(contacts, eq(contacts.id, followUps.contactId))
    .where(and(ownedBy(followUps, scope), isNull(followUps.doneOn)))
    .orderBy(asc(followUps.dueOn));
  return { today, weekStart, groups: groupDue(rows, today, weekStart) };
}

/** Contacts past their ideal keep-in-touch gap (amber) or past the maximum (red), furthest first. */
export async function listLosingTouch(db: Database, scope: OrgScope) {
  const [today, byTag, timeZone] = await Promise.all([
    todayFor(db, scope.userId),
    tagCadenceMap(db, scope),
    timeZoneOf(db, scope.userId),
  ]);
  const hasTagCadences = Object.keys(byTag).length > 0;
  const rows = await db
    .select({
      id: contacts.id,
      name: contacts.name,
      company: contacts.company,
      tags: contacts.tags,
      metOn: contacts.metOn,
      createdAt: contacts.createdAt,
      cadenceIdealDays: contacts.cadenceIdealDays,
      cadenceMaxDays: contacts.cadenceMaxDays,
      lastInteractionOn: lastInteractionSql(today),
      lastDoneOn: lastDoneSql,
    })
    .from(contacts)
    .where(
      and(
        ownedBy(contacts, scope),
        hasTagCadences
          ? sql`(${contacts.cadenceIdealDays} is not null or cardinality(${contacts.tags}) > 0)`
          : sql`${contacts.cadenceIdealDays} is not null`,
      ),
    );
  const entries = losingTouch(
    rows.map((row) => {
      const applied = cadenceFor(row, byTag);
      return {
        id: row.id,
        name: row.name,
        company: row.company,
        cadence: applied?.cadence ?? null,
        source: applied?.source ?? null,
        lastInteractionOn: lastTouch(row, timeZone),
      };
    }),
    today,
  );
  return { today, entries };
}

export async function listTagCadences(db: Database, scope: OrgScope) {
  return db.select().from(tagCadences).where(ownedBy(tagCadences, scope)).orderBy(asc(tagCadences.tag));
}

/** Sets the cadence for everyone with a tag (matched ignoring case), replacing any earlier one. */
export async function setTagCadence(db: Database, scope: OrgScope, tag: string, cadence: Cadence) {
  validateCadence(cadence);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: tagCadences.id })
      .from(tagCadences)
      .where(and(ownedBy(tagCadences, scope), sql`lower(${tagCadences.tag}) = lower(${tag})`));
    if (existing) {
      await tx
        .update(tagCadences)
        .set({ tag, ...cadence })
        .where(eq(tagCadences.id, existing.id));
    } else {
      await tx
        .insert(tagCadences)
        .values({ tag, ...cadence, ownerId: scope.userId, organisationId: scope.organisationId });
    }
  });
}

export async function removeTagCadence(db: Database, scope: OrgScope, tag: string) {
  const deleted = await db
    .delete(tagCadences)
    .where(and(ownedBy(tagCadences, scope), sql`lower(${tagCadences.tag}) = lower(${tag})`))
    .returning({ id: tagCadences.id });
  if (!deleted[0]) throw notFound(`A cadence for "${tag}"`);
}
