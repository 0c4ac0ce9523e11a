// Working out what kind of contacts file someone uploaded, then reading it.
import { cleanImportedText } from "../text";
import { parseCsv } from "./csv";
import type { ImportResult } from "./draft";
import { importGoogleCsv } from "./google-import";
import { importLinkedInCsv } from "./linkedin-import";
import { importOutlookCsv, isOutlookHeader } from "./outlook-import";
import { importRapportCsv, isRapportHeader } from "./rapport-import";
import { importVCard } from "./vcard-read";

export type ContactFileFormat = "linkedin" | "google" | "outlook" | "rapport" | "vcard" | "unknown";

/**
 * Looks at the content first (the header row, or BEGIN:VCARD) and only falls back to the file
 * name, because people rename files.
 */
export function detectFormat(filename: string, text: string): ContactFileFormat {
  const head = text.replace(/^\uFEFF/, "").slice(0, 8192);
  if (/^\s*BEGIN:VCARD/i.test(head)) return "vcard";
  // LinkedIn puts a few lines of notes before its header, so look at the first dozen records.
  for (const { fields } of parseCsv(head).records.slice(0, 12)) {
    const names = new Set(fields.map((f) => f.trim().toLowerCase()));
    if (names.has("first name") && names.has("connected on")) return "linkedin";
    if (isRapportHeader(names)) return "rapport";
    if (isOutlookHeader(names)) return "outlook";
    if (names.has("e-mail 1 - value") || names.has("given name") || names.has("organization name"))
      return "google";
  }
  const name = filename.toLowerCase();
  if (/\.(vcf|vcard)$/.test(name)) return "vcard";
  if (/connections.*\.csv$/.test(name)) return "linkedin";
  return "unknown";
}

/** Detects the format and imports; an unknown format is one problem and no rows. */
export function importContacts(filename: string, file: string): ImportResult & { format: ContactFileFormat } {
  // NUL and half surrogate pairs cannot be stored (a UTF-16 file read as UTF-8 is full of NULs).
  const text = cleanImportedText(file);
  const format = detectFormat(filename, text);
  switch (format) {
    case "linkedin":
      return { format, ...importLinkedInCsv(text) };
    case "google":
      return { format, ...importGoogleCsv(text) };
    case "outlook":
      return { format, ...importOutlookCsv(text) };
    case "rapport":
      return { format, ...importRapportCsv(text) };
    case "vcard":
      return { format, ...importVCard(text) };
    case "unknown":
      return {
        format,
        rows: [],
        problems: [
          {
            line: 1,
            message:
              "This file is not one we can read. Use LinkedIn's Connections.csv, a Google Contacts or Outlook CSV, a Rapport export or a vCard (.vcf) file.",
          },
        ],
      };
  }
}
