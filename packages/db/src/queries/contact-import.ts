// Importing contacts: a preview that writes nothing, then the chosen rows applied in one
// transaction per call. The web page sends a large file in chunks so it can show progress; each
// chunk re-plans against what is saved now, so a retried chunk updates rather than duplicates.
import {
  type ContactDraft,
  canonicalLinkedInUrl,
  type DuplicateChoice,
  type ExistingContact,
  importContacts,
  planImport,
} from "@rapport/domain/contacts";
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { contacts } from "../schema";
import { ownedBy, searchTextOf } from "./contact-scope";
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

/** Reads a file and says what importing it would do; nothing is written. */
export async function previewContactImport(
  db: Database,
  scope: OrgScope,
  file: { filename: string; text: string },
) {
  const result = importContacts(file.filename, file.text);
  const existing: ExistingContact[] =
    result.rows.length === 0
      ? []
      : await db.select(existingColumns).from(contacts).where(ownedBy(contacts, scope));
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
    // Phone numbers and names are matched after normalising (contact-keys.ts), which SQL cannot index,
    // so the plan sees every saved contact of the owner, as the preview did.
    const existing: ExistingContact[] = await tx
      .select(existingColumns)
      .from(contacts)
      .where(ownedBy(contacts, scope));
    const plan = planImport(drafts, existing);
    const creates = plan.items.flatMap((item) => (item.action === "create" ? [item.draft] : []));
    for (let i = 0; i < creates.length; i += 500) {
      await tx.insert(contacts).values(
        creates.slice(i, i + 500).map((d) => ({
          ...d,
          linkedinUrl: canonicalLinkedInUrl(d.linkedinUrl),
          searchText: searchTextOf(d),
          source: "import" as const,
          ownerId: scope.userId,
          organisationId: scope.organisationId,
        })),
      );
    }
    for (const item of plan.items) {
      if (item.action !== "update") continue;
      const set: Record<string, unknown> = {};
      for (const change of item.changes) set[change.field] = change.to;
      const saved = existing.find((e) => e.id === item.contactId);
      const merged = {
        name: saved?.name ?? item.draft.name,
        company: saved?.company ?? null,
        tags: saved?.tags ?? [],
        ...set,
      };
      set.searchText = searchTextOf(merged as { name: string; company: string | null; tags: string[] });
      await tx
        .update(contacts)
        .set(set)
        .where(and(eq(contacts.id, item.contactId), ownedBy(contacts, scope)));
    }
    return plan.counts;
  });
}
