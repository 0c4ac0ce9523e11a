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
    // N is structured; we only hold a display name, so the last word is taken as the family name.
    const words = c.name.trim().split(/\s+/);
    const family = words.length > 1 ? (words.pop() ?? "") : "";
    lines.push(`N:${escapeText(family)};${escapeText(words.join(" "))};;;`);
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

/** Backslash, comma, semicolon and line breaks are escaped in vCard text values. */
function escapeText(value: string): string {
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
