// Helpers every contacts query shares: the owner filter, "today" in the owner's time zone, and
// the cadence that applies to a contact.
import { matchKeys } from "@rapport/domain/contacts";
import { type Cadence, effectiveCadence } from "@rapport/domain/followups";
import { localDate } from "@rapport/domain/time";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { contacts, tagCadences, users } from "../schema";
import type { OrgScope } from "./scope";

/** Rows of this table that belong to the caller, in the caller's organisation. */
export function ownedBy(table: { ownerId: AnyPgColumn; organisationId: AnyPgColumn }, scope: OrgScope) {
  return and(eq(table.ownerId, scope.userId), eq(table.organisationId, scope.organisationId));
}

/** Today's date ('YYYY-MM-DD') where the person is. Follow-ups are planned by the day, not the instant. */
export async function todayFor(db: Database, userId: string, now: Date = new Date()): Promise<string> {
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  return localDate(now, user?.timeZone ?? "UTC");
}

export async function timeZoneOf(db: Database, userId: string): Promise<string> {
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  return user?.timeZone ?? "UTC";
}

/** The caller's keep-in-touch cadences by tag, as the domain rules want them. */
export async function tagCadenceMap(db: Database, scope: OrgScope): Promise<Record<string, Cadence>> {
  const rows = await db.select().from(tagCadences).where(ownedBy(tagCadences, scope));
  return Object.fromEntries(rows.map((r) => [r.tag, { idealDays: r.idealDays, maxDays: r.maxDays }]));
}

function ownCadence(contact: {
  cadenceIdealDays: number | null;
  cadenceMaxDays: number | null;
}): Cadence | null {
  return contact.cadenceIdealDays !== null && contact.cadenceMaxDays !== null
    ? { idealDays: contact.cadenceIdealDays, maxDays: contact.cadenceMaxDays }
    : null;
}

export function cadenceFor(
  contact: { cadenceIdealDays: number | null; cadenceMaxDays: number | null; tags: string[] },
  byTag: Record<string, Cadence>,
) {
  return effectiveCadence(ownCadence(contact), contact.tags, byTag);
}

/** Lower-cased words of name, company and tags: what the full-text index reads. */
export function searchTextOf(contact: { name: string; company: string | null; tags: readonly string[] }) {
  return [contact.name, contact.company ?? "", ...contact.tags]
    .join(" ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The version of the import's match keys the queries write. Raise it when matchKeys changes how it
 * normalises: rows with an older version are then read by every import and keyed again at start.
 */
export const MATCH_KEYS_VERSION = 1;

/**
 * The columns the queries keep from a contact's own fields, to be written with them: the search text and
 * the import's match keys.
 */
export function derivedColumns(contact: {
  name: string;
  company: string | null;
  tags: readonly string[];
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
}) {
  return { searchText: searchTextOf(contact), ...matchKeys(contact), matchKeysVersion: MATCH_KEYS_VERSION };
}

/** A to_tsquery text matching every typed word as a prefix; null when nothing searchable was typed. */
export function searchQueryOf(typed: string): string | null {
  const words = typed
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length > 0 ? words.map((w) => `${w}:*`).join(" & ") : null;
}

/** Subqueries per contact row. Written with table-qualified names: drizzle leaves columns unqualified inside sql``. */
export const lastInteractionSql = (today: string) =>
  sql<
    string | null
  >`(select max(i.occurred_on)::text from interactions i where i.contact_id = "contacts"."id" and i.occurred_on <= ${today})`;
export const lastDoneSql = sql<
  string | null
>`(select max(f.done_on)::text from follow_ups f where f.contact_id = "contacts"."id")`;
export const nextFollowUpSql = sql<
  string | null
>`(select min(f.due_on)::text from follow_ups f where f.contact_id = "contacts"."id" and f.done_on is null)`;

/** The later of two 'YYYY-MM-DD' days (they sort as text): a plan is never put in the past. */
export function notBefore(day: string, earliest: string): string {
  return day.localeCompare(earliest) < 0 ? earliest : day;
}

/**
 * The People list's filters: `where` for the count, `pageWhere` for the page. The page finds the words'
 * matches through the word index first, as one set (OFFSET 0 keeps the planner from folding it back in);
 * tested row by row along the sort index instead, a rare word read every contact's words (62 ms at 10,000
 * on Postgres, bench/contacts-search.ts --explain). `counted`: a search or tag, counted exactly.
 */
export function contactListFilters(
  scope: OrgScope,
  input: { q?: string; tag?: string },
): { where: SQL | undefined; pageWhere: SQL | undefined; counted: boolean } {
  const query = searchQueryOf(input.q ?? "");
  const words = query
    ? sql`to_tsvector('simple'::regconfig, ${contacts.searchText}) @@ to_tsquery('simple'::regconfig, ${query})`
    : undefined;
  const tagged = input.tag ? sql`${contacts.tags} @> array[${input.tag}]::text[]` : undefined;
  const where = and(ownedBy(contacts, scope), words, tagged);
  if (!query) return { where, pageWhere: where, counted: Boolean(input.tag) };
  const matches = sql`select ${contacts.id} from ${contacts} where ${and(ownedBy(contacts, scope), words)} offset 0`;
  return {
    where,
    pageWhere: and(ownedBy(contacts, scope), sql`${contacts.id} in (${matches})`, tagged),
    counted: true,
  };
}
