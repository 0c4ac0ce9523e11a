// Importing contacts: a preview that writes nothing, then the chosen rows applied in one
// transaction per call. The web page sends a large file in chunks so it can show progress; each
// chunk re-plans against what is saved now, so a retried chunk updates rather than duplicates.
import {
  type ContactDraft,
  canonicalLinkedInUrl,
  type DuplicateChoice,
  type ExistingContact,
  importContacts,
  matchKeys,
  planImport,
} from "@rapport/domain/contacts";
import { and, eq, lt, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { contacts } from "../schema";
import { derivedColumns, MATCH_KEYS_VERSION, ownedBy } from "./contact-scope";
import type { OrgScope } from "./scope";

const existingColumns = {
  id: contacts.id,
  name: contacts.name,
  company: contacts.company,
  role: contacts.role,
  email: contacts.email,
  phone: contacts.phone,
  linkedinUrl: contacts.linkedinUrl,
  metOn: contacts.metOn,
  tags: contacts.tags,
  notes: contacts.notes,
};

/**
 * The caller's saved contacts the drafts could match: those sharing an email, phone, name-and-company or
 * LinkedIn key with one of them (the same keys the plan matches by, kept in indexed columns), and any not
 * keyed yet. The plan finds exactly what it would find among all of them, since it looks contacts up by
 * those keys only. Oldest first, as the plan keeps the first contact saved under a key.
 */
async function candidatesFor(
  db: Database,
  scope: OrgScope,
  drafts: readonly ContactDraft[],
): Promise<ExistingContact[]> {
  const keys = {
    email: new Set<string>(),
    phone: new Set<string>(),
    name: new Set<string>(),
    url: new Set<string>(),
  };
  for (const draft of drafts) {
    const k = matchKeys(draft);
    if (k.emailKey) keys.email.add(k.emailKey);
    if (k.phoneKey) keys.phone.add(k.phoneKey);
    if (k.nameKey) keys.name.add(k.nameKey);
    if (k.linkedinKey) keys.url.add(k.linkedinKey);
  }
  // Each list goes as one text[] parameter: a preview of 10,000 rows would otherwise bind tens of
  // thousands of parameters, which Postgres is slow to plan.
  const any = (column: AnyPgColumn, values: Set<string>) =>
    values.size > 0 ? sql`${column} = any(${arrayLiteral(values)}::text[])` : undefined;
  return db
    .select(existingColumns)
    .from(contacts)
    .where(
      and(
        ownedBy(contacts, scope),
        or(
          lt(contacts.matchKeysVersion, MATCH_KEYS_VERSION),
          any(contacts.emailKey, keys.email),
          any(contacts.phoneKey, keys.phone),
          any(contacts.nameKey, keys.name),
          any(contacts.linkedinKey, keys.url),
        ),
      ),
    )
    .orderBy(contacts.createdAt, contacts.id);
}

/** A Postgres array literal of text values: each quoted, with backslashes and quotes escaped. */
function arrayLiteral(values: Iterable<string>): string {
  return `{${[...values].map((v) => `"${v.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
}

/** Reads a file and says what importing it would do; nothing is written. */
export async function previewContactImport(
  db: Database,
  scope: OrgScope,
  file: { filename: string; text: string },
) {
  const result = importContacts(file.filename, file.text);
  const existing = result.rows.length === 0 ? [] : await candidatesFor(db, scope, result.rows);
  const plan = planImport(result.rows, existing);
  return { format: result.format, problems: result.problems, ...plan };
}

/**
 * Applies drafts (create or update, as planned against what is saved now) in one transaction. A draft's
 * `onDuplicate` is honoured only where the plan finds a possible duplicate among the caller's own people.
 */
export async function importContactDrafts(
  db: Database,
  scope: OrgScope,
  drafts: (ContactDraft & { onDuplicate?: DuplicateChoice })[],
) {
  return db.transaction(async (tx) => {
    const existing = await candidatesFor(tx, scope, drafts);
    const plan = planImport(drafts, existing);
    const creates = plan.items.flatMap((item) => (item.action === "create" ? [item.draft] : []));
    for (let i = 0; i < creates.length; i += 500) {
      await tx.insert(contacts).values(
        creates.slice(i, i + 500).map((d) => ({
          ...d,
          linkedinUrl: canonicalLinkedInUrl(d.linkedinUrl),
          ...derivedColumns(d),
          source: "import" as const,
          ownerId: scope.userId,
          organisationId: scope.organisationId,
        })),
      );
    }
    const byId = new Map(existing.map((e) => [e.id, e]));
    for (const item of plan.items) {
      if (item.action !== "update") continue;
      const set: Record<string, unknown> = {};
      for (const change of item.changes) set[change.field] = change.to;
      const saved = byId.get(item.contactId);
      const merged = {
        name: saved?.name ?? item.draft.name,
        company: saved?.company ?? null,
        email: saved?.email ?? null,
        phone: saved?.phone ?? null,
        linkedinUrl: saved?.linkedinUrl ?? null,
        tags: saved?.tags ?? [],
        ...set,
      } as {
        name: string;
        company: string | null;
        email: string | null;
        phone: string | null;
        linkedinUrl: string | null;
        tags: string[];
      };
      Object.assign(set, derivedColumns(merged));
      await tx
        .update(contacts)
        .set(set)
        .where(and(eq(contacts.id, item.contactId), ownedBy(contacts, scope)));
    }
    return plan.counts;
  });
}

/**
 * Works out the match keys of contacts saved without them (before the keys existed, by raw SQL, or under
 * an older MATCH_KEYS_VERSION), a batch at a time; returns how many it keyed. The keys come from the same
 * TypeScript the plan uses (name keys drop honorifics and accents, which SQL could only imitate), so
 * this runs after the migrations rather than in one. Rows another transaction holds are left for later:
 * until keyed, every import reads them anyway.
 */
export async function keyUnkeyedContacts(db: Database, batch = 1_000): Promise<number> {
  let keyed = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const rows = await tx
        .select({
          id: contacts.id,
          name: contacts.name,
          company: contacts.company,
          email: contacts.email,
          phone: contacts.phone,
          linkedinUrl: contacts.linkedinUrl,
        })
        .from(contacts)
        .where(lt(contacts.matchKeysVersion, MATCH_KEYS_VERSION))
        .limit(batch)
        .for("update", { skipLocked: true });
      if (rows.length === 0) return 0;
      const keys = rows.map((row) => {
        const k = matchKeys(row);
        return { id: row.id, e: k.emailKey, p: k.phoneKey, n: k.nameKey, l: k.linkedinKey };
      });
      await tx.execute(sql`
        update contacts c
        set email_key = v.e, phone_key = v.p, name_key = v.n, linkedin_key = v.l,
            match_keys_version = ${MATCH_KEYS_VERSION}
        from jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as v(id text, e text, p text, n text, l text)
        where c.id = v.id`);
      return rows.length;
    });
    if (count === 0) return keyed;
    keyed += count;
  }
}
