// Merging saved records of one person: the first is kept, the others' history (interactions and
// follow-ups, done or open) moves onto it, and the others are removed, all in one transaction.
import { notFound } from "@rapport/domain";
import { type MergeChoosable, mergeContacts } from "@rapport/domain/contacts";
import { and, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { contacts, followUps, interactions } from "../schema";
import { derivedColumns, ownedBy } from "./contact-scope";
import type { OrgScope } from "./scope";

/**
 * Merges the caller's contacts `ids` into `ids[0]`. Any id that is not one of the caller's own contacts in
 * this organisation makes the whole merge "not found", and nothing changes.
 */
export async function mergeOwnContacts(
  db: Database,
  scope: OrgScope,
  ids: readonly string[],
  choose: Partial<Record<MergeChoosable, string>>,
) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(contacts)
      .where(and(inArray(contacts.id, [...ids]), ownedBy(contacts, scope)))
      .for("update");
    const records = ids.flatMap((id) => rows.filter((r) => r.id === id));
    const [kept, ...others] = records;
    if (!kept || records.length !== ids.length) throw notFound("That person");
    const merged = mergeContacts(records, choose);
    const otherIds = others.map((r) => r.id);
    const movedInteractions = await tx
      .update(interactions)
      .set({ contactId: kept.id })
      .where(and(inArray(interactions.contactId, otherIds), ownedBy(interactions, scope)))
      .returning({ id: interactions.id });
    const movedFollowUps = await tx
      .update(followUps)
      .set({ contactId: kept.id })
      .where(and(inArray(followUps.contactId, otherIds), ownedBy(followUps, scope)))
      .returning({ id: followUps.id });
    await tx.delete(contacts).where(and(inArray(contacts.id, otherIds), ownedBy(contacts, scope)));
    await tx
      .update(contacts)
      .set({ ...merged, ...derivedColumns(merged), updatedAt: sql`now()` })
      .where(and(inArray(contacts.id, [kept.id]), ownedBy(contacts, scope)));
    return {
      id: kept.id,
      name: merged.name,
      merged: otherIds.length,
      interactionsMoved: movedInteractions.length,
      followUpsMoved: movedFollowUps.length,
    };
  });
}
