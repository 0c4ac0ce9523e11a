// A contact as read from a file, cleaned and checked before anything is saved. Every importer
// funnels its raw values through `buildDraft` so cleaning and messages are the same everywhere.
import { isSaneLocalDate } from "../time";
import { parseContactDate, type SlashedDateOrder } from "./contact-dates";
import { canonicalLinkedInUrl } from "./linkedin-url";

export interface ContactDraft {
  name: string;
  company: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  /** 'YYYY-MM-DD' */
  metOn: string | null;
  tags: string[];
  notes: string | null;
}

/** A draft plus the line of the file its record starts on. */
export interface ImportedDraft extends ContactDraft {
  line: number;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportResult {
  rows: ImportedDraft[];
  problems: ImportProblem[];
}

/** Values as found in a file, before cleaning. */
export { parseContactDate };

export interface RawContact {
  name?: string | null;
  company?: string | null;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  metOn?: string | null;
  tags?: readonly string[];
  notes?: string | null;
}

/** How the source file names each field, so messages use words the person can find in it. */
export type FieldLabels = Partial<Record<keyof RawContact, string>>;

export const FIELD_LIMITS = { name: 200, company: 200, role: 200, tag: 50, notes: 5000 } as const;

const DEFAULT_LABELS: Required<FieldLabels> = {
  name: "Name",
  company: "Company",
  role: "Role",
  email: "Email",
  phone: "Phone",
  linkedinUrl: "LinkedIn URL",
  metOn: "Met on",
  tags: "Tags",
  notes: "Notes",
};

/** Trims and turns every run of whitespace (newlines included) into one space. */
export function collapseSpaces(value: string | null | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

/** Multi-line text: keeps line breaks, collapses spaces within lines, at most one blank line in a row. */
export function normaliseNotes(value: string | null | undefined): string {
  return (value ?? "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// Deliberately loose: one @, no spaces or characters mail systems reject, a dotted domain.
const EMAIL_PATTERN = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\.]+(?:\.[^\s@"(),:;<>[\]\\.]+)+$/;

export function isEmailShape(value: string): boolean {
  if (value.length > 254 || !EMAIL_PATTERN.test(value)) return false;
  const local = value.slice(0, value.indexOf("@"));
  return !local.startsWith(".") && !local.endsWith(".") && !local.includes("..");
}

/** Lower-cased, trimmed, "mailto:" removed; null when empty or not shaped like an address. */
export function normaliseEmail(value: string | null | undefined): string | null {
  const email = collapseSpaces(value)
    .replace(/^mailto:/i, "")
    .toLowerCase();
  return email && isEmailShape(email) ? email : null;
}

const PHONE_PATTERN = /^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?|#)\s*\d+)?$/i;

export function isPhoneShape(value: string): boolean {
  const digits = value.replace(/\D/g, "").length;
  return PHONE_PATTERN.test(value) && digits >= 4 && digits <= 20;
}

/** Cleans tags: collapses spaces, drops blanks, removes repeats ignoring case (the first spelling wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = collapseSpaces(raw);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * Cleans and checks one record. A value that fails its check is left out with a problem naming
 * the field, and the contact still imports; only a record with no name, and no valid email to
 * name it by, is skipped (draft null).
 */
export function buildDraft(
  raw: RawContact,
  line: number,
  labels: FieldLabels = {},
  dateOrder: SlashedDateOrder = "month-first",
): { draft: ImportedDraft | null; problems: ImportProblem[] } {
  const label = (field: keyof RawContact) => labels[field] ?? DEFAULT_LABELS[field];
  const problems: ImportProblem[] = [];
  const problem = (message: string) => problems.push({ line, message });

  const text = (field: "name" | "company" | "role", value: string | null | undefined): string | null => {
    const clean = collapseSpaces(value);
    const max = FIELD_LIMITS[field];
    if (clean.length <= max) return clean || null;
    problem(`${label(field)} is longer than ${max} characters, so it was shortened.`);
    return clean.slice(0, max).trim();
  };

  let email: string | null = null;
  const rawEmail = collapseSpaces(raw.email);
  if (rawEmail) {
    email = normaliseEmail(rawEmail);
    if (!email) problem(`${label("email")} "${rawEmail}" is not a valid email address; it was left out.`);
  }

  let name = text("name", raw.name);
  if (!name) {
    if (!email) {
      const why = rawEmail ? "no name, and its email is not valid" : "no name and no email";
      return { draft: null, problems: [{ line, message: `This record has ${why}, so it was skipped.` }] };
    }
    name = email;
  }

  let phone: string | null = collapseSpaces(raw.phone).replace(/^tel:/i, "") || null;
  if (phone && !isPhoneShape(phone)) {
    problem(`${label("phone")} "${phone}" does not look like a phone number; it was left out.`);
    phone = null;
  }

  let linkedinUrl: string | null = null;
  const rawUrl = collapseSpaces(raw.linkedinUrl);
  if (rawUrl) {
    linkedinUrl = canonicalLinkedInUrl(rawUrl);
    if (!linkedinUrl) {
      problem(
        `${label("linkedinUrl")} "${rawUrl}" is not a LinkedIn profile address (linkedin.com/in/…); it was left out.`,
      );
    }
  }

  let metOn: string | null = null;
  const rawDate = collapseSpaces(raw.metOn);
  if (rawDate) {
    metOn = parseContactDate(rawDate, dateOrder);
    if (!metOn) problem(`${label("metOn")} "${rawDate}" is not a date we can read; it was left out.`);
    else if (!isSaneLocalDate(metOn)) {
      problem(`${label("metOn")} "${rawDate}" is not between 1900 and 2100; it was left out.`);
      metOn = null;
    }
  }

  const tags = normaliseTags(raw.tags ?? []).filter((tag) => {
    if (tag.length <= FIELD_LIMITS.tag) return true;
    problem(
      `${label("tags")} "${tag.slice(0, 20)}…" is longer than ${FIELD_LIMITS.tag} characters; it was left out.`,
    );
    return false;
  });

  let notes = normaliseNotes(raw.notes);
  if (notes.length > FIELD_LIMITS.notes) {
    problem(`${label("notes")} is longer than ${FIELD_LIMITS.notes} characters, so it was shortened.`);
    notes = notes.slice(0, FIELD_LIMITS.notes).trim();
  }

  const draft: ImportedDraft = {
    line,
    name,
    company: text("company", raw.company),
    role: text("role", raw.role),
    email,
    phone,
    linkedinUrl,
    metOn,
    tags,
    notes: notes || null,
  };
  return { draft, problems };
}
