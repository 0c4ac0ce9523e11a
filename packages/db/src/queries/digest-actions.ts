// What a signed digest link may touch: one follow-up or one event of the person the link was made for,
// read with that person's scope, and the record that the link was used (so a repeat changes nothing).
import { AppError } from "@rapport/domain";
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { contacts, digestActionUses, eventRsvps, events, followUps, memberships, users } from "../schema";
import { findVisibleEvent } from "./event-access";
import type { OrgScope } from "./scope";

async function scopeIn(db: Database, userId: string, organisationId: string): Promise<OrgScope | null> {
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return member ? { userId, organisationId } : null;
}

/** The person's own follow-up (while they are still in its organisation), or null. */
export async function followUpForAction(db: Database, userId: string, followUpId: string) {
  const [row] = await db
    .select({
      id: followUps.id,
      organisationId: followUps.organisationId,
      dueOn: followUps.dueOn,
      doneOn: followUps.doneOn,
      contactId: contacts.id,
      contactName: contacts.name,
    })
    .from(followUps)
    .innerJoin(contacts, eq(contacts.id, followUps.contactId))
    .where(and(eq(followUps.id, followUpId), eq(followUps.ownerId, userId)));
  if (!row) return null;
  const scope = await scopeIn(db, userId, row.organisationId);
  return scope ? { scope, followUp: row } : null;
}

/** An event the person can see (their team's), with their answer, or null. */
export async function eventForAction(db: Database, userId: string, eventId: string) {
  const [row] = await db
    .select({ organisationId: events.organisationId })
    .from(events)
    .where(eq(events.id, eventId));
  if (!row) return null;
  const scope = await scopeIn(db, userId, row.organisationId);
  if (!scope) return null;
  try {
    const { event } = await findVisibleEvent(db, scope, eventId);
    const [mine] = await db
      .select({ status: eventRsvps.status })
      .from(eventRsvps)
      .where(and(eq(eventRsvps.eventId, event.id), eq(eventRsvps.userId, userId)));
    return { scope, event, myRsvp: mine?.status ?? null };
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return null;
    throw error;
  }
}

export async function findActionUse(db: Database, signature: string) {
  const [row] = await db.select().from(digestActionUses).where(eq(digestActionUses.signature, signature));
  return row ?? null;
}

/** Records the first use of a link; false when it was already used (a repeat or a race lost). */
export async function claimActionUse(
  db: Database,
  use: { signature: string; userId: string; action: string; itemId: string },
): Promise<boolean> {
  const inserted = await db
    .insert(digestActionUses)
    .values({ ...use, outcome: "" })
    .onConflictDoNothing({ target: digestActionUses.signature })
    .returning({ signature: digestActionUses.signature });
  return inserted.length > 0;
}

export async function settleActionUse(db: Database, signature: string, outcome: string | null) {
  if (outcome === null) {
    await db.delete(digestActionUses).where(eq(digestActionUses.signature, signature));
  } else {
    await db.update(digestActionUses).set({ outcome }).where(eq(digestActionUses.signature, signature));
  }
}

/** How the person reads dates (their zone and locale), for the words on a result page. */
export async function readingPrefsOf(db: Database, userId: string) {
  const [row] = await db
    .select({ timeZone: users.timeZone, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? { timeZone: "UTC", locale: "en-GB" };
}
