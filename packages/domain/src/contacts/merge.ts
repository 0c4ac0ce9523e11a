// Merging two or more saved records of one person into one. The first record is kept (its id, so links to
// it still work); for each field the person picked a record for, that record's value wins; otherwise the
// first record with a value gives it. Nothing written by the person is dropped: tags are combined, notes and
// common ground are joined, the earliest "met on" stays, and the record counts as met in person if any was.

/** Fields where two records can disagree and the person may pick whose value to keep. */
export const MERGE_CHOOSABLE = [
  "name",
  "company",
  "role",
  "email",
  "phone",
  "linkedinUrl",
  "metOn",
  "metWhere",
] as const;
export type MergeChoosable = (typeof MERGE_CHOOSABLE)[number];

export interface MergeableContact {
  id: string;
  name: string;
  company: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  metOn: string | null;
  metWhere: string | null;
  metEventId: string | null;
  tags: string[];
  commonGround: string | null;
  notes: string | null;
  cadenceIdealDays: number | null;
  cadenceMaxDays: number | null;
  source: "manual" | "import";
  createdAt: Date;
}

export type MergedContact = Omit<MergeableContact, "id">;

/** Fields whose values differ between the records (ignoring empty ones): what the person may choose. */
export function mergeConflicts(records: readonly MergeableContact[]): MergeChoosable[] {
  return MERGE_CHOOSABLE.filter((field) => {
    const values = new Set(records.map((r) => r[field]?.trim()).filter(Boolean));
    return values.size > 1;
  });
}

/**
 * The one record the merge leaves. `choose` maps a field to the id of the record whose value the person
 * wants; an id that is not among `records` is ignored (the caller checks ownership before).
 */
export function mergeContacts(
  records: readonly MergeableContact[],
  choose: Partial<Record<MergeChoosable, string>> = {},
): MergedContact {
  const [first] = records;
  if (!first) throw new RangeError("mergeContacts needs at least one record");
  const pick = <F extends MergeChoosable>(field: F, fallback: () => MergeableContact[F]) => {
    const chosen = records.find((r) => r.id === choose[field]);
    return chosen ? chosen[field] : fallback();
  };
  const firstWith = <F extends keyof MergeableContact>(field: F) =>
    records.find((r) => r[field] !== null && r[field] !== "")?.[field] ?? null;
  const metDays = records.map((r) => r.metOn).filter((d): d is string => Boolean(d));
  const earliestMet = metDays.sort()[0] ?? null;
  const metWhereOfEarliest = records.find((r) => r.metOn === earliestMet && r.metWhere)?.metWhere;
  const withCadence = records.find((r) => r.cadenceIdealDays !== null && r.cadenceMaxDays !== null);
  return {
    name: pick("name", () => first.name),
    company: pick("company", () => firstWith("company")),
    role: pick("role", () => firstWith("role")),
    email: pick("email", () => firstWith("email")),
    phone: pick("phone", () => firstWith("phone")),
    linkedinUrl: pick("linkedinUrl", () => firstWith("linkedinUrl")),
    metOn: pick("metOn", () => earliestMet),
    metWhere: pick("metWhere", () => metWhereOfEarliest ?? firstWith("metWhere")),
    metEventId: firstWith("metEventId"),
    tags: combineTags(records.map((r) => r.tags)),
    commonGround: joinTexts(records.map((r) => r.commonGround)),
    notes: joinTexts(records.map((r) => r.notes)),
    cadenceIdealDays: withCadence?.cadenceIdealDays ?? null,
    cadenceMaxDays: withCadence?.cadenceMaxDays ?? null,
    source: records.some((r) => r.source === "manual") ? "manual" : "import",
    createdAt: new Date(Math.min(...records.map((r) => r.createdAt.getTime()))),
  };
}

function combineTags(lists: readonly string[][]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of lists.flat()) {
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** Each distinct text once, in record order, a blank line between; a text already contained is not repeated. */
function joinTexts(texts: readonly (string | null)[]): string | null {
  const kept: string[] = [];
  for (const text of texts) {
    const trimmed = text?.trim();
    if (trimmed && !kept.some((k) => k.includes(trimmed))) kept.push(trimmed);
  }
  return kept.length > 0 ? kept.join("\n\n") : null;
}
