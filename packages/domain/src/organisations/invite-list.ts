import { CsvHeader, isBlankRecord, parseCsv } from "../contacts/csv";

/** The most addresses one paste or file may hold; more is refused with this number in the message. */
export const BULK_INVITE_LIMIT = 200;

export interface InviteListEntry {
  /** 1-based position in the list (the CSV line for a file). */
  line: number;
  /** The text as written, for showing problems next to it. */
  input: string;
  name?: string;
  email?: string;
  problem?: string;
}

// No spaces, control characters (NUL included) or the punctuation that separates list entries.
const EMAIL = /^[^\s\p{Cc}@<>(),;:"]+@[^\s\p{Cc}@<>(),;:"]+\.[^\s\p{Cc}@<>(),;:"]{2,}$/u;
const NAMED = /^(.*?)\s*<\s*([^<>]*?)\s*>$/;

function entryOf(line: number, input: string, name: string | undefined, address: string): InviteListEntry {
  const email = address.trim().toLowerCase();
  const cleanName = name?.replace(/^["']+|["']+$/g, "").trim() || undefined;
  if (!EMAIL.test(email) || email.length > 254) {
    return { line, input, name: cleanName, problem: "Not an email address." };
  }
  if (cleanName && cleanName.length > 80) {
    return { line, input, email, problem: "The name is longer than 80 characters." };
  }
  return { line, input, name: cleanName, email };
}

function fromText(text: string): InviteListEntry[] {
  const pieces = text
    .split(/[\n\r,;]+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  return pieces.map((piece, index) => {
    const named = NAMED.exec(piece);
    return named
      ? entryOf(index + 1, piece, named[1], named[2] ?? "")
      : entryOf(index + 1, piece, undefined, piece);
  });
}

function fromCsv(text: string): InviteListEntry[] {
  const { records } = parseCsv(text);
  const [head, ...rows] = records;
  if (!head) return [];
  const header = new CsvHeader(head.fields);
  return rows
    .filter((row) => !isBlankRecord(row.fields))
    .map((row) => {
      const first = header.get(row.fields, "first name", "given name");
      const last = header.get(row.fields, "last name", "family name", "surname");
      const name = header.get(row.fields, "name", "full name") || [first, last].filter(Boolean).join(" ");
      const email = header.get(row.fields, "email", "e-mail", "email address", "work email");
      return entryOf(row.line, row.fields.join(", "), name || undefined, email);
    });
}

/** A first line naming an email column means a CSV file (from a spreadsheet or an HR export). */
function looksLikeCsv(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return (
    !firstLine.includes("@") && /(^|,|;)\s*"?(e-?mail|email address|work email)"?\s*(,|;|$)/i.test(firstLine)
  );
}

/**
 * Reads a pasted list ("a@x.com, b@x.com", one per line, or "Alex Rivera <alex@x.com>") or a CSV file
 * with an email column into entries, each with its own problem when it has one. Repeats are flagged
 * after their first appearance. More than BULK_INVITE_LIMIT entries is refused as a whole.
 */
export function parseInviteList(text: string): { entries: InviteListEntry[]; tooMany: boolean } {
  const entries = looksLikeCsv(text) ? fromCsv(text) : fromText(text);
  if (entries.length > BULK_INVITE_LIMIT) return { entries: [], tooMany: true };
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!entry.email || entry.problem) continue;
    if (seen.has(entry.email)) entry.problem = "Listed twice; invited once.";
    seen.add(entry.email);
  }
  return { entries, tooMany: false };
}
