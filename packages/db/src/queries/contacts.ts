// A person's own contacts. Every function takes the owner from the session scope; another
// person's contact answers "not found", whoever asks (teammate, manager or admin).
import { conflict, notFound } from "@rapport/domain";
import { type ContactDraft, canonicalLinkedInUrl, type MergeableContact } from "@rapport/domain/contacts";
import {
  type Cadence,
  type CadenceStatus,
  cadenceStatus,
  firstFollowUpDate,
  secondTouchSuggestion,
  validateCadence,
} from "@rapport/domain/followups";
import { addDays, localDate } from "@rapport/domain/time";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { contacts, followUps, interactions } from "../schema";
import {
  cadenceFor,
  contactListFilters,
  derivedColumns,
  lastDoneSql,
  lastInteractionSql,
  nextFollowUpSql,
  notBefore,
  ownedBy,
  tagCadenceMap,
  timeZoneOf,
  todayFor,
} from "./contact-scope";
import { findVisibleEvent } from "./event-access";
import type { OrgScope } from "./scope";

/** The fields a person writes about a contact: the same list the domain merges. */
export type ContactInput = Omit<
  MergeableContact,
  "id" | "cadenceIdealDays" | "cadenceMaxDays" | "source" | "createdAt"
>;

/** Finds one of the caller's contacts, or "not found" (also for anyone else's). */
export async function getOwnedContact(db: Database, scope: OrgScope, contactId: string) {
  const [contact] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, contactId), ownedBy(contacts, scope)));
  if (!contact) throw notFound("That person");
  return contact;
}

export interface ContactListItem {
  id: string;
  name: string;
  company: string | null;
  role: string | null;
  tags: string[];
  metOn: string | null;
  lastTouchOn: string;
  nextFollowUpOn: string | null;
  cadence: { status: CadenceStatus["status"]; daysSince: number } | null;
}

/** The list counts up to this many, then says "1,000+": counting 10,000 costs more than the page. */
export const CONTACT_COUNT_CAP = 1000;
/**
 * The caller's contacts by name, optionally narrowed by words (prefixes of any word of the name,
 * company or tags, served by the full-text index) and one tag. The sort is served by
 * contacts_owner_sort_idx (owner, organisation, lower(name), id), and the unfiltered count stops at
 * CONTACT_COUNT_CAP + 1 rows: `totalIsCapped` then says there are more than `total`.
 */
export async function listContacts(
  db: Database,
  scope: OrgScope,
  input: { q?: string; tag?: string; limit?: number; offset?: number } = {},
): Promise<{ items: ContactListItem[]; total: number; totalIsCapped: boolean; hasMore: boolean }> {
  const { where, pageWhere, counted } = contactListFilters(scope, input);
  const limit = input.limit ?? 50;
  const offset = input.offset ?? 0;
  const timeZone = await timeZoneOf(db, scope.userId);
  const today = localDate(new Date(), timeZone);
  const [rows, [{ total } = { total: 0 }], byTag] = await Promise.all([
    db
      .select({
        id: contacts.id,
        name: contacts.name,
        company: contacts.company,
        role: contacts.role,
        tags: contacts.tags,
        metOn: contacts.metOn,
        createdAt: contacts.createdAt,
        cadenceIdealDays: contacts.cadenceIdealDays,
        cadenceMaxDays: contacts.cadenceMaxDays,
        lastInteractionOn: lastInteractionSql(today),
        lastDoneOn: lastDoneSql,
        nextFollowUpOn: nextFollowUpSql,
      })
      .from(contacts)
      .where(pageWhere)
      .orderBy(sql`lower(${contacts.name})`, asc(contacts.id))
      // One row more than asked: whether there is a next page.
      .limit(limit + 1)
      .offset(offset),
    // A search or tag is counted exactly (under a LIMIT the planner would test every row's words).
    counted
      ? db.select({ total: count() }).from(contacts).where(where)
      : db.select({ total: count() }).from(
          db
            .select({ one: sql`1` })
            .from(contacts)
            .where(where)
            .limit(CONTACT_COUNT_CAP + 1)
            .as("capped"),
        ),
    tagCadenceMap(db, scope),
  ]);
  const items = rows.slice(0, limit).map((row) => {
    const lastTouchOn = lastTouch(row, timeZone);
    const cadence = cadenceFor(row, byTag);
    const status = cadence ? cadenceStatus(lastTouchOn, cadence.cadence, today) : null;
    return {
      id: row.id,
      name: row.name,
      company: row.company,
      role: row.role,
      tags: row.tags,
      metOn: row.metOn,
      lastTouchOn,
      nextFollowUpOn: row.nextFollowUpOn,
      cadence: status ? { status: status.status, daysSince: status.daysSince } : null,
    };
  });
  const totalIsCapped = total > CONTACT_COUNT_CAP;
  return {
    items,
    total: totalIsCapped ? CONTACT_COUNT_CAP : total,
    totalIsCapped,
    hasMore: rows.length > limit,
  };
}

/** How many contacts the caller has, exactly (the export page). */
export async function countContacts(db: Database, scope: OrgScope): Promise<number> {
  const [row] = await db.select({ total: count() }).from(contacts).where(ownedBy(contacts, scope));
  return row?.total ?? 0;
}

/**
 * The day the keep-in-touch clock runs from: the latest of the last interaction, the last follow-up
 * done and the day we met (or, when we never noted that, the day they were added).
 */
export function lastTouch(
  row: { lastInteractionOn: string | null; lastDoneOn: string | null; metOn: string | null; createdAt: Date },
  timeZone: string,
): string {
  // Never contacted: the clock starts when we met, or else when they were added.
  const start = row.metOn ?? localDate(row.createdAt, timeZone);
  const touches = [row.lastInteractionOn, row.lastDoneOn, start].filter((d): d is string => Boolean(d));
  return touches.sort().at(-1) ?? start;
}

/** The caller's tags with how many contacts carry each, most used first (counted by the database). */
export async function listContactTags(db: Database, scope: OrgScope) {
  const tag = sql<string>`unnest(${contacts.tags})`;
  const rows = await db
    .select({ tag: sql<string>`t.tag`, count: sql<number>`count(*)::int` })
    .from(
      db
        .select({ tag: tag.as("tag") })
        .from(contacts)
        .where(ownedBy(contacts, scope))
        .as("t"),
    )
    .groupBy(sql`t.tag`);
  return rows
    .map((r) => ({ tag: r.tag, count: Number(r.count) }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** One contact with its history, open follow-ups, cadence light and any gentle next step. */
export async function getContactDetail(db: Database, scope: OrgScope, contactId: string) {
  const contact = await getOwnedContact(db, scope, contactId);
  const [history, followUpRows, byTag, timeZone] = await Promise.all([
    db
      .select()
      .from(interactions)
      .where(eq(interactions.contactId, contact.id))
      .orderBy(desc(interactions.occurredOn), desc(interactions.createdAt)),
    db
      .select()
      .from(followUps)
      .where(eq(followUps.contactId, contact.id))
      .orderBy(asc(followUps.doneOn), asc(followUps.dueOn)),
    tagCadenceMap(db, scope),
    timeZoneOf(db, scope.userId),
  ]);
  const today = localDate(new Date(), timeZone);
  const lastInteractionOn = history.find((i) => i.occurredOn <= today)?.occurredOn ?? null;
  const lastDoneOn =
    followUpRows
      .map((f) => f.doneOn)
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? null;
  const lastTouchOn = lastTouch({ ...contact, lastInteractionOn, lastDoneOn }, timeZone);
  const cadence = cadenceFor(contact, byTag);
  const open = followUpRows.filter((f) => !f.doneOn);
  // Offer a second touch after silence or a no, unless something is already planned.
  const latest = history[0];
  let suggestion = null;
  if (latest && open.length === 0) {
    let earlierNoReplies = 0;
    for (const i of history.slice(1)) {
      if (i.outcome !== "no_reply") break;
      earlierNoReplies++;
    }
    suggestion = secondTouchSuggestion({ ...latest, earlierNoReplies });
  }
  return {
    // The page links to it: only ever the https profile address, whatever a hand edit left behind.
    contact: { ...contact, linkedinUrl: canonicalLinkedInUrl(contact.linkedinUrl) },
    interactions: history,
    openFollowUps: open,
    doneFollowUps: followUpRows
      .filter((f) => f.doneOn)
      .sort((a, b) => (b.doneOn ?? "").localeCompare(a.doneOn ?? "")),
    cadence: cadence ? { ...cadence, status: cadenceStatus(lastTouchOn, cadence.cadence, today) } : null,
    lastTouchOn,
    suggestion,
    today,
  };
}

function values(input: ContactInput) {
  return { ...input, ...derivedColumns(input) };
}

/**
 * Saves a new contact. When we met on a given day, a follow-up is proposed two days later (or
 * today, if that day has already passed).
 */
export async function createContact(
  db: Database,
  scope: OrgScope,
  input: ContactInput,
  options: { proposeFollowUp?: boolean; clientId?: string } = {},
) {
  if (options.clientId) {
    // A phone that lost its signal may send the same entry again: the id it chose makes that a no-op.
    const repeated = await repeatedEntry(db, scope, options.clientId);
    if (repeated) return repeated;
  }
  const today = await todayFor(db, scope.userId);
  if (input.metEventId) await findVisibleEvent(db, scope, input.metEventId);
  const created = await db.transaction(async (tx) => {
    const [contact] = await tx
      .insert(contacts)
      .values({
        ...values(input),
        ...(options.clientId ? { id: options.clientId } : {}),
        ownerId: scope.userId,
        organisationId: scope.organisationId,
      })
      .onConflictDoNothing({ target: contacts.id })
      .returning();
    if (!contact) return null;
    let followUpOn: string | null = null;
    if (input.metOn && options.proposeFollowUp !== false) {
      const proposed = firstFollowUpDate(input.metOn);
      followUpOn = notBefore(proposed, today);
      await tx.insert(followUps).values({
        contactId: contact.id,
        ownerId: scope.userId,
        organisationId: scope.organisationId,
        dueOn: followUpOn,
        originalDueOn: followUpOn,
        reason: "first_meeting",
      });
    }
    return { contact, followUpOn, repeated: false };
  });
  if (created) return created;
  // Only a client-chosen id can collide: the same entry sent twice at once.
  const repeated = options.clientId ? await repeatedEntry(db, scope, options.clientId) : null;
  if (!repeated) throw notFound("The new contact");
  return repeated;
}

async function repeatedEntry(db: Database, scope: OrgScope, clientId: string) {
  const [existing] = await db
    .select({ id: contacts.id, ownerId: contacts.ownerId, organisationId: contacts.organisationId })
    .from(contacts)
    .where(eq(contacts.id, clientId));
  if (!existing) return null;
  if (existing.ownerId !== scope.userId || existing.organisationId !== scope.organisationId) {
    throw conflict("That entry id is already taken. Log the person again.");
  }
  return { contact: await getOwnedContact(db, scope, existing.id), followUpOn: null, repeated: true };
}

export async function updateContact(db: Database, scope: OrgScope, contactId: string, input: ContactInput) {
  if (input.metEventId) {
    // A link kept as it was stays, even if the person has since left that event's team.
    const [current] = await db
      .select({ metEventId: contacts.metEventId })
      .from(contacts)
      .where(and(eq(contacts.id, contactId), ownedBy(contacts, scope)));
    if (current?.metEventId !== input.metEventId) await findVisibleEvent(db, scope, input.metEventId);
  }
  const [contact] = await db
    .update(contacts)
    .set(values(input))
    .where(and(eq(contacts.id, contactId), ownedBy(contacts, scope)))
    .returning();
  if (!contact) throw notFound("That person");
  return contact;
}

/**
 * Sets (or clears, with null) a contact's own keep-in-touch cadence. With a cadence and nothing
 * planned, the next touch is scheduled from the last one.
 */
export async function setContactCadence(
  db: Database,
  scope: OrgScope,
  contactId: string,
  cadence: Cadence | null,
) {
  if (cadence) validateCadence(cadence);
  const detail = await getContactDetail(db, scope, contactId);
  return db.transaction(async (tx) => {
    await tx
      .update(contacts)
      .set({ cadenceIdealDays: cadence?.idealDays ?? null, cadenceMaxDays: cadence?.maxDays ?? null })
      .where(and(eq(contacts.id, contactId), ownedBy(contacts, scope)));
    let nextOn: string | null = null;
    if (cadence && detail.openFollowUps.length === 0) {
      const due = addDays(detail.lastTouchOn, cadence.idealDays);
      nextOn = notBefore(due, detail.today);
      await tx.insert(followUps).values({
        contactId,
        ownerId: scope.userId,
        organisationId: scope.organisationId,
        dueOn: nextOn,
        originalDueOn: nextOn,
        reason: "cadence",
      });
    }
    return { nextOn };
  });
}

/** Deletes a contact with all its interactions, notes and follow-ups. */
export async function deleteContact(db: Database, scope: OrgScope, contactId: string) {
  const deleted = await db
    .delete(contacts)
    .where(and(eq(contacts.id, contactId), ownedBy(contacts, scope)))
    .returning({ id: contacts.id });
  if (deleted.length === 0) throw notFound("That person");
}

/** Deletes every contact of the caller (and their histories); nobody else's. */
export async function deleteAllContacts(db: Database, scope: OrgScope): Promise<number> {
  return db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(contacts).where(ownedBy(contacts, scope));
    await tx.delete(contacts).where(ownedBy(contacts, scope));
    return n;
  });
}

/** Everything the caller saved, as drafts for the CSV and vCard writers. */
export async function exportContacts(db: Database, scope: OrgScope): Promise<ContactDraft[]> {
  const rows = await db
    .select()
    .from(contacts)
    .where(ownedBy(contacts, scope))
    .orderBy(sql`lower(${contacts.name})`);
  return rows.map((c) => ({
    name: c.name,
    company: c.company,
    role: c.role,
    email: c.email,
    phone: c.phone,
    linkedinUrl: c.linkedinUrl,
    metOn: c.metOn,
    tags: c.tags,
    notes:
      [
        c.notes,
        c.commonGround ? `Common ground: ${c.commonGround}` : null,
        c.metWhere ? `Met at: ${c.metWhere}` : null,
      ]
        .filter(Boolean)
        .join("\n\n") || null,
  }));
}
