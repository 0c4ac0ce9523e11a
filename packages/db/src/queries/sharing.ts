// What a person shares for introductions, and what colleagues can find. Only shared rows are ever
// read for someone else: a person who shares nothing is invisible to every query here, whatever they
// know, so searches answer the same with or without their contacts.
import { roundedCount, sharingKey } from "@rapport/domain/sharing";
import { and, asc, eq, ne, notExists, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  contacts,
  introRequestBlocks,
  memberships,
  sharingOpenContacts,
  sharingPreferences,
  users,
} from "../schema";
import { ownedBy } from "./contact-scope";
import { getOwnedContact } from "./contacts";
import type { OrgScope } from "./scope";

/** Joins a contact to its owner's sharing choice, where the owner shares the companies they know people in. */
export const sharesCompanies = and(
  eq(sharingPreferences.userId, contacts.ownerId),
  eq(sharingPreferences.organisationId, contacts.organisationId),
  eq(sharingPreferences.shareCompanies, true),
);

/** Everything the person shares, exactly as colleagues may see it, and whom they blocked. */
export async function getSharingSettings(db: Database, scope: OrgScope) {
  const [[preference], open, companies, blocked] = await Promise.all([
    db
      .select({ shareCompanies: sharingPreferences.shareCompanies })
      .from(sharingPreferences)
      .where(
        and(
          eq(sharingPreferences.userId, scope.userId),
          eq(sharingPreferences.organisationId, scope.organisationId),
        ),
      ),
    db
      .select({ contactId: contacts.id, name: contacts.name, company: contacts.company, role: contacts.role })
      .from(sharingOpenContacts)
      .innerJoin(contacts, eq(contacts.id, sharingOpenContacts.contactId))
      .where(ownedBy(sharingOpenContacts, scope))
      .orderBy(sql`lower(${contacts.name})`),
    myCompanies(db, scope),
    db
      .select({ userId: users.id, name: users.name })
      .from(introRequestBlocks)
      .innerJoin(users, eq(users.id, introRequestBlocks.blockedId))
      .where(
        and(
          eq(introRequestBlocks.blockerId, scope.userId),
          eq(introRequestBlocks.organisationId, scope.organisationId),
        ),
      )
      .orderBy(asc(users.name)),
  ]);
  const shareCompanies = preference?.shareCompanies ?? false;
  return {
    shareCompanies,
    openContacts: open,
    /** What colleagues would see with company sharing on (shown even when off, as a preview). */
    companies: companies.map((c) => ({ company: c.company, count: roundedCount(c.people) })),
    blocked: blocked.map((b) => ({ userId: b.userId, name: b.name ?? "A colleague" })),
  };
}

const companyKey = sql<string>`lower(regexp_replace(btrim(${contacts.company}), '\\s+', ' ', 'g'))`;

async function myCompanies(db: Database, scope: OrgScope) {
  return db
    .select({ company: sql<string>`min(btrim(${contacts.company}))`, people: sql<number>`count(*)::int` })
    .from(contacts)
    .where(and(ownedBy(contacts, scope), sql`coalesce(btrim(${contacts.company}), '') <> ''`))
    .groupBy(companyKey)
    .orderBy(sql`min(lower(btrim(${contacts.company})))`)
    .limit(200);
}

export async function setShareCompanies(db: Database, scope: OrgScope, share: boolean) {
  await db
    .insert(sharingPreferences)
    .values({ userId: scope.userId, organisationId: scope.organisationId, shareCompanies: share })
    .onConflictDoUpdate({
      target: [sharingPreferences.userId, sharingPreferences.organisationId],
      set: { shareCompanies: share, updatedAt: new Date() },
    });
}

/** Marks one of the person's own contacts open to introduce, or takes it back. */
export async function setContactOpen(db: Database, scope: OrgScope, contactId: string, open: boolean) {
  const contact = await getOwnedContact(db, scope, contactId);
  if (open) {
    await db
      .insert(sharingOpenContacts)
      .values({ contactId: contact.id, ownerId: scope.userId, organisationId: scope.organisationId })
      .onConflictDoNothing();
  } else {
    await db
      .delete(sharingOpenContacts)
      .where(and(eq(sharingOpenContacts.contactId, contact.id), ownedBy(sharingOpenContacts, scope)));
  }
}

/** Back to sharing nothing, at once. */
export async function withdrawAllSharing(db: Database, scope: OrgScope) {
  await db.transaction(async (tx) => {
    await setShareCompanies(tx, scope, false);
    await tx.delete(sharingOpenContacts).where(ownedBy(sharingOpenContacts, scope));
  });
}

/** Colleagues in the caller's organisation who have not blocked the caller. */
function askableOwner(ownerColumn: typeof contacts.ownerId, scope: OrgScope) {
  return and(
    ne(ownerColumn, scope.userId),
    sql`exists (select 1 from ${memberships} m where m.user_id = ${ownerColumn} and m.organisation_id = ${scope.organisationId})`,
    notExists(
      sql`(select 1 from ${introRequestBlocks} b where b.blocker_id = ${ownerColumn} and b.blocked_id = ${scope.userId} and b.organisation_id = ${scope.organisationId})`,
    ),
  );
}

function matches(column: typeof contacts.company | typeof contacts.role, key: string) {
  return sql`position(${key} in lower(regexp_replace(coalesce(${column}, ''), '\\s+', ' ', 'g'))) > 0`;
}

export interface SharingSearchResult {
  colleagues: {
    userId: string;
    name: string;
    /** Company-level shares: the company (or the field searched for) and a rounded count, never names. */
    knows: { kind: "company" | "field"; label: string; count: { atLeast: number } }[];
    /** Contacts this colleague marked open to introduce. */
    contacts: { contactId: string; name: string; role: string | null; company: string | null }[];
  }[];
}

/**
 * Who could introduce the caller to someone at a company or in a field. Reads only company-level
 * shares and open contacts; one fixed pair of statements whatever the colleagues know.
 */
export async function searchSharing(
  db: Database,
  scope: OrgScope,
  query: string,
): Promise<SharingSearchResult> {
  const key = sharingKey(query);
  const [companyRows, fieldRows, openRows] = await Promise.all([
    db
      .select({
        ownerId: contacts.ownerId,
        company: sql<string>`min(btrim(${contacts.company}))`,
        people: sql<number>`count(*)::int`,
      })
      .from(contacts)
      .innerJoin(sharingPreferences, sharesCompanies)
      .where(
        and(
          eq(contacts.organisationId, scope.organisationId),
          askableOwner(contacts.ownerId, scope),
          matches(contacts.company, key),
        ),
      )
      .groupBy(contacts.ownerId, companyKey)
      .limit(200),
    db
      .select({ ownerId: contacts.ownerId, people: sql<number>`count(*)::int` })
      .from(contacts)
      .innerJoin(sharingPreferences, sharesCompanies)
      .where(
        and(
          eq(contacts.organisationId, scope.organisationId),
          askableOwner(contacts.ownerId, scope),
          matches(contacts.role, key),
        ),
      )
      .groupBy(contacts.ownerId),
    db
      .select({
        ownerId: contacts.ownerId,
        contactId: contacts.id,
        name: contacts.name,
        role: contacts.role,
        company: contacts.company,
      })
      .from(sharingOpenContacts)
      .innerJoin(
        contacts,
        and(
          eq(contacts.id, sharingOpenContacts.contactId),
          eq(contacts.ownerId, sharingOpenContacts.ownerId),
        ),
      )
      .where(
        and(
          eq(sharingOpenContacts.organisationId, scope.organisationId),
          askableOwner(contacts.ownerId, scope),
          sql`(${matches(contacts.company, key)} or ${matches(contacts.role, key)})`,
        ),
      )
      .orderBy(sql`lower(${contacts.name})`)
      .limit(200),
  ]);
  const byColleague = new Map<string, SharingSearchResult["colleagues"][number]>();
  const entry = (userId: string) => {
    let found = byColleague.get(userId);
    if (!found) {
      found = { userId, name: "", knows: [], contacts: [] };
      byColleague.set(userId, found);
    }
    return found;
  };
  for (const row of companyRows) {
    const count = roundedCount(row.people);
    if (count) entry(row.ownerId).knows.push({ kind: "company", label: row.company, count });
  }
  for (const row of fieldRows) {
    const count = roundedCount(row.people);
    if (count) entry(row.ownerId).knows.push({ kind: "field", label: query.trim(), count });
  }
  for (const { ownerId, ...contact } of openRows) entry(ownerId).contacts.push(contact);
  if (byColleague.size === 0) return { colleagues: [] };
  const names = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(sql`${users.id} in ${[...byColleague.keys()]}`);
  for (const { id, name } of names) {
    const found = byColleague.get(id);
    if (found) found.name = name ?? "A colleague";
  }
  const colleagues = [...byColleague.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const c of colleagues) c.knows.sort((a, b) => a.label.localeCompare(b.label));
  return { colleagues };
}
