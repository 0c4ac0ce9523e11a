// Deciding what an import will do before anything is written: create new contacts, update the
// ones we already have, or skip. Matching is by LinkedIn profile first (it names one person for
// good), then email, then phone; failing those, the same name at the same company is a possible
// duplicate, merged unless the two carry different emails or profiles. Everything runs through maps,
// so 10,000 rows plan in one pass.
import { emailKey, nameCompanyKey, phoneKey } from "./contact-keys";
import type { ContactDraft } from "./draft";
import { canonicalLinkedInUrl } from "./linkedin-url";

/** A contact already saved. Fields left out count as empty when comparing. */
export interface ExistingContact extends Partial<Omit<ContactDraft, "linkedinUrl" | "email">> {
  id: string;
  linkedinUrl: string | null;
  email: string | null;
}

export type ChangedField = keyof ContactDraft;

export interface FieldChange {
  field: ChangedField;
  from: string | string[] | null;
  to: string | string[] | null;
}

interface PlanItemBase {
  /** Position in the drafts given. */
  index: number;
  /** Source line, when the draft came from a file. */
  line: number | null;
  draft: ContactDraft;
}

export type PlanItem =
  | (PlanItemBase & { action: "create" })
  | (PlanItemBase & {
      action: "update";
      contactId: string;
      matchedBy: "linkedinUrl" | "email" | "phone" | "name";
      /** For a match by name and company only: who it would be merged into, as the person knows them. */
      possibleDuplicateOf?: string;
      /** What would change, with the value to write. */
      changes: FieldChange[];
      /** Things deliberately not changed, and why. */
      notes: string[];
    })
  | (PlanItemBase & { action: "skip"; reason: string; contactId: string | null });

/**
 * What the person chose for a possible duplicate (a match by phone, or by name and company only): merge the
 * row into the saved person (the default), leave it out, or save it as a new person. Ignored on any other
 * row, so a choice can never turn a sure match (LinkedIn profile, email) into a second person.
 */
export type DuplicateChoice = "merge" | "skip" | "create";
export const DUPLICATE_CHOICES = ["merge", "skip", "create"] as const satisfies readonly DuplicateChoice[];

export interface ImportPlan {
  items: PlanItem[];
  counts: { create: number; update: number; skip: number };
}

/**
 * How each draft would be applied:
 * - skip when an earlier draft in the same file is the same person (same LinkedIn profile or
 *   email, or the same saved contact, or identical in every field);
 * - update when it matches a saved contact and something would change. The file's values
 *   replace saved ones, but nothing is ever cleared, tags are added to, notes are appended, and
 *   the earliest "met on" date is kept;
 * - skip when it matches and nothing would change;
 * - for a possible duplicate, skip or create instead when the draft says so (`onDuplicate`);
 * - create otherwise.
 */
export function planImport(
  drafts: readonly (ContactDraft & { line?: number; onDuplicate?: DuplicateChoice })[],
  existing: readonly ExistingContact[],
): ImportPlan {
  const byLinkedIn = new Map<string, ExistingContact>();
  const byEmail = new Map<string, ExistingContact>();
  const byPhone = new Map<string, ExistingContact>();
  const byName = new Map<string, ExistingContact>();
  const savedUrl = new Map<ExistingContact, string | null>();
  for (const contact of existing) {
    const phone = phoneKey(contact.phone);
    if (phone && !byPhone.has(phone)) byPhone.set(phone, contact);
    const name = nameCompanyKey(contact.name, contact.company);
    if (name && !byName.has(name)) byName.set(name, contact);
    const url = canonicalLinkedInUrl(contact.linkedinUrl);
    savedUrl.set(contact, url);
    if (url && !byLinkedIn.has(url)) byLinkedIn.set(url, contact);
    const email = emailKey(contact.email);
    if (email && !byEmail.has(email)) byEmail.set(email, contact);
  }

  // Earlier drafts in this file, by each key they carry; values are draft indexes.
  const seenLinkedIn = new Map<string, number>();
  const seenEmail = new Map<string, number>();
  const seenWhole = new Map<string, number>();
  const claimed = new Map<string, number>(); // saved contact id → draft that matched it
  const items: PlanItem[] = [];
  const counts = { create: 0, update: 0, skip: 0 };
  const where = (i: number) => {
    const line = drafts[i]?.line;
    return line === undefined ? `row ${i + 1}` : `line ${line}`;
  };

  drafts.forEach((draft, index) => {
    // The choice is about this row, not part of the person: it is never written.
    const { onDuplicate: _choice, ...person } = draft;
    const base: PlanItemBase = { index, line: draft.line ?? null, draft: person };
    const url = canonicalLinkedInUrl(draft.linkedinUrl);
    const email = emailKey(draft.email);
    const whole = url || email ? null : wholeKey(draft);
    const skip = (reason: string, contactId: string | null = null) => {
      items.push({ ...base, action: "skip", reason, contactId });
      counts.skip++;
    };

    let earlier: number | undefined;
    let same = "";
    if (url !== null && seenLinkedIn.has(url)) [earlier, same] = [seenLinkedIn.get(url), "LinkedIn profile"];
    else if (email !== null && seenEmail.has(email)) [earlier, same] = [seenEmail.get(email), "email"];
    else if (whole !== null && seenWhole.has(whole)) [earlier, same] = [seenWhole.get(whole), "details"];
    // Remember keys against the first draft of the person, so every duplicate points at it.
    const first = earlier ?? index;
    if (url !== null && !seenLinkedIn.has(url)) seenLinkedIn.set(url, first);
    if (email !== null && !seenEmail.has(email)) seenEmail.set(email, first);
    if (whole !== null && !seenWhole.has(whole)) seenWhole.set(whole, first);
    if (earlier !== undefined) {
      skip(`Duplicate of ${where(earlier)} in this file (same ${same}).`);
      return;
    }

    const viaUrl = url !== null ? byLinkedIn.get(url) : undefined;
    const viaEmail = email !== null ? byEmail.get(email) : undefined;
    const phone = phoneKey(draft.phone);
    const viaPhone = phone !== null ? byPhone.get(phone) : undefined;
    const nameKey = nameCompanyKey(draft.name, draft.company);
    const byNameOnly = nameKey !== null ? byName.get(nameKey) : undefined;
    // Same name and company, but a different email or profile on each side: two people.
    const viaName =
      byNameOnly &&
      !(email && emailKey(byNameOnly.email) && emailKey(byNameOnly.email) !== email) &&
      !(url && savedUrl.get(byNameOnly) && savedUrl.get(byNameOnly) !== url)
        ? byNameOnly
        : undefined;
    const match = viaUrl ?? viaEmail ?? viaPhone ?? viaName;
    if (!match) {
      items.push({ ...base, action: "create" });
      counts.create++;
      return;
    }
    const matchedBy = viaUrl ? "linkedinUrl" : viaEmail ? "email" : viaPhone ? "phone" : "name";
    const claimedBy = claimed.get(match.id);
    if (claimedBy !== undefined) {
      skip(`Same saved contact as ${where(claimedBy)} in this file.`, match.id);
      return;
    }
    claimed.set(match.id, index);

    const notes: string[] = [];
    const changes = diff(draft, url, match, savedUrl.get(match) ?? null);
    // Matched by LinkedIn profile, the file's email may already be on another saved contact:
    // moving it would make two contacts share one address, so keep the saved one.
    const kept = changes.filter((change) => {
      const owner = change.field === "email" && email !== null ? byEmail.get(email) : undefined;
      if (!owner || owner.id === match.id) return true;
      notes.push(`Kept the saved email: ${change.to} is on another saved contact (${owner.id}).`);
      return false;
    });
    if (kept.length === 0) {
      skip(`Already saved (matched by ${MATCH_WORDS[matchedBy]}) with nothing new to add.`, match.id);
      return;
    }
    const possibleDuplicateOf =
      matchedBy === "name" || matchedBy === "phone"
        ? `${match.name ?? draft.name}${match.company ? ` (${match.company})` : ""}`
        : undefined;
    if (possibleDuplicateOf && draft.onDuplicate === "skip") {
      skip(`You chose to leave it out (possible duplicate of ${possibleDuplicateOf}).`, match.id);
      return;
    }
    if (possibleDuplicateOf && draft.onDuplicate === "create") {
      items.push({ ...base, action: "create" });
      counts.create++;
      return;
    }
    items.push({
      ...base,
      action: "update",
      contactId: match.id,
      matchedBy,
      changes: kept,
      notes,
      ...(possibleDuplicateOf ? { possibleDuplicateOf } : {}),
    });
    counts.update++;
  });
  return { items, counts };
}

const MATCH_WORDS = {
  linkedinUrl: "LinkedIn profile",
  email: "email",
  phone: "phone number",
  name: "name and company",
} as const;

// Drafts with neither LinkedIn profile nor email are only duplicates when identical throughout.
function wholeKey(d: ContactDraft): string {
  return JSON.stringify([d.name, d.company, d.role, d.phone, d.metOn, d.tags, d.notes]);
}

function diff(
  draft: ContactDraft,
  url: string | null,
  saved: ExistingContact,
  savedUrl: string | null,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const scalar = (field: "name" | "company" | "role" | "phone", to: string | null) => {
    const from = saved[field] ?? null;
    if (to && to !== from) changes.push({ field, from, to });
  };
  scalar("name", draft.name);
  scalar("company", draft.company);
  scalar("role", draft.role);
  if (draft.email && emailKey(draft.email) !== emailKey(saved.email)) {
    changes.push({ field: "email", from: saved.email, to: draft.email });
  }
  scalar("phone", draft.phone);
  if (url && url !== savedUrl) {
    changes.push({ field: "linkedinUrl", from: saved.linkedinUrl, to: url });
  }
  // The first meeting is the earliest one anyone recorded.
  const savedMet = saved.metOn ?? null;
  if (draft.metOn && (!savedMet || draft.metOn < savedMet)) {
    changes.push({ field: "metOn", from: savedMet, to: draft.metOn });
  }
  const savedTags = saved.tags ?? [];
  const have = new Set(savedTags.map((t) => t.toLowerCase()));
  const added = draft.tags.filter((t) => !have.has(t.toLowerCase()));
  if (added.length > 0) changes.push({ field: "tags", from: savedTags, to: [...savedTags, ...added] });
  // Notes are the person's own writing: add to them, never replace them.
  const savedNotes = saved.notes ?? null;
  if (draft.notes && !(savedNotes ?? "").includes(draft.notes)) {
    changes.push({
      field: "notes",
      from: savedNotes,
      to: savedNotes ? `${savedNotes}\n\n${draft.notes}` : draft.notes,
    });
  }
  return changes;
}
