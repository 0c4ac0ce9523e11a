// vCard 4.0 (RFC 6350) export: CRLF line ends, text escaping, lines folded at 75 octets.
import type { ContactDraft } from "./draft";
import { canonicalLinkedInUrl } from "./linkedin-url";
import { MET_ON_PROPERTY } from "./vcard-read";

const MAX_LINE_OCTETS = 75;

/** One vCard 4.0 card per contact, in the order given. */
export function contactsToVCard(contacts: readonly ContactDraft[]): string {
  const lines: string[] = [];
  for (const c of contacts) {
    lines.push("BEGIN:VCARD", "VERSION:4.0", `FN:${escapeText(c.name)}`);
    const n = nameParts(c.name);
    lines.push(`N:${[n.family, n.given, "", n.prefix, n.suffix].map(escapeText).join(";")}`);
    if (c.company) lines.push(`ORG:${escapeText(c.company)}`);
    if (c.role) lines.push(`TITLE:${escapeText(c.role)}`);
    if (c.email) lines.push(`EMAIL:${escapeText(c.email)}`);
    if (c.phone) lines.push(`TEL;VALUE=text:${escapeText(c.phone)}`);
    // Only a LinkedIn profile link, rebuilt as https, whatever was stored: a URL here is a link in every address book.
    const url = canonicalLinkedInUrl(c.linkedinUrl);
    if (url) lines.push(`URL:${url}`);
    if (c.tags.length > 0) lines.push(`CATEGORIES:${c.tags.map(escapeText).join(",")}`);
    if (c.notes) lines.push(`NOTE:${escapeText(c.notes)}`);
    if (c.metOn) lines.push(`${MET_ON_PROPERTY}:${c.metOn}`);
    lines.push("END:VCARD");
  }
  return lines.map(fold).join("\r\n") + (lines.length > 0 ? "\r\n" : "");
}

// Honorifics and generational or academic suffixes, compared without dots and case.
const PREFIXES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "fr", "hon"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq", "mba", "dds", "cpa"]);
// Words that belong to the family name that follows them ("van der Berg", "de la Cruz").
const PARTICLES = new Set([
  "de",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "da",
  "di",
  "du",
  "del",
  "della",
  "dos",
]);

const bare = (word: string) => word.toLowerCase().replace(/[.,]/g, "");

/**
 * N is structured (family;given;additional;prefix;suffix) but we hold one display name: honorifics come off
 * either end, the last word with any particles before it is the family name, the rest the given name.
 */
export function nameParts(name: string): { prefix: string; given: string; family: string; suffix: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  while (words.length > 1 && PREFIXES.has(bare(words[0] ?? ""))) prefixes.push(words.shift() ?? "");
  while (words.length > 1 && SUFFIXES.has(bare(words[words.length - 1] ?? ""))) {
    suffixes.unshift(words.pop() ?? "");
  }
  // "John Doe, Jr." keeps its comma on "Doe,"; it belongs to neither part.
  const last = words.length - 1;
  if (suffixes.length > 0 && words[last]) words[last] = words[last].replace(/,$/, "");
  let split = words.length > 1 ? words.length - 1 : words.length;
  while (split > 1 && PARTICLES.has((words[split - 1] ?? "").toLowerCase())) split--;
  return {
    prefix: prefixes.join(" "),
    given: words.slice(0, split).join(" "),
    family: words.slice(split).join(" "),
    suffix: suffixes.join(" "),
  };
}

/** Backslash, comma, semicolon and line breaks are escaped in vCard text values. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Breaks a line into pieces of at most 75 UTF-8 octets, continuation lines starting with a
 * space (which counts toward the 75). Breaks fall between characters, never inside one.
 */
export function fold(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

function utf8Length(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
