// CSV export for spreadsheets. Cells are quoted per RFC 4180 and rows end in CRLF.
//
// Formula injection: a spreadsheet treats a cell starting with = + - @ (or a tab or carriage
// return ahead of one) as a formula, so a contact named "=HYPERLINK(…)" could run when the file
// is opened. Such cells get a leading single quote ('), which spreadsheets read as "this is text"
// (OWASP's advice). The cost: a phone number like "+44 20…" reads "'+44 20…" in a plain text
// editor, and a spreadsheet may show the quote too. We accept that; a safe file matters more.
import type { ContactDraft } from "./draft";
import { canonicalLinkedInUrl } from "./linkedin-url";

export const CSV_COLUMNS = [
  "Name",
  "Company",
  "Role",
  "Email",
  "Phone",
  "LinkedIn URL",
  "Met on",
  "Tags",
  "Notes",
] as const;

/** Tags share one cell, separated by this. */
export const CSV_TAG_SEPARATOR = "; ";

export interface CsvExportOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads accents correctly. Default true. */
  byteOrderMark?: boolean;
}

export function contactsToCsv(contacts: readonly ContactDraft[], options: CsvExportOptions = {}): string {
  const rows: (readonly string[])[] = [CSV_COLUMNS];
  for (const c of contacts) {
    rows.push([
      c.name,
      c.company ?? "",
      c.role ?? "",
      c.email ?? "",
      c.phone ?? "",
      canonicalLinkedInUrl(c.linkedinUrl) ?? "",
      c.metOn ?? "",
      c.tags.join(CSV_TAG_SEPARATOR),
      c.notes ?? "",
    ]);
  }
  const body = rows.map((row) => row.map(csvCell).join(",")).join("\r\n");
  return `${options.byteOrderMark === false ? "" : "\uFEFF"}${body}\r\n`;
}

/** One cell, defused against formulas and quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
