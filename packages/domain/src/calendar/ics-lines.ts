// Content-line pieces every part of the writer shares: escaping, folding, stamps, text properties.
import type { EventStatus, Organizer } from "./types";
import { utf8Length } from "./utf8";
import { icsDateTime } from "./values";

const MAX_LINE_OCTETS = 75;

/** Control characters may not appear in iCalendar values (RFC 5545 §3.1); drop all but those in `keep`. */
function dropControls(value: string, keep = ""): string {
  let out = "";
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if ((code < 0x20 || code === 0x7f) && !keep.includes(ch)) continue;
    out += ch;
  }
  return out;
}

/** TEXT escaping (RFC 5545 §3.3.11); other control characters (tab aside) are dropped. */
export function escapeText(value: string): string {
  return dropControls(value.replace(/\r\n?/g, "\n"), "\t\n")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (RFC 5545 §3.1), counting the leading
 * space of continuation lines, and never splitting a UTF-8 character. Lines are joined with CRLF + space.
 */
export function foldLine(line: string): string {
  if (utf8Length(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

// Sub-second precision has no iCalendar form; times are written to the second.
export function utcStamp(date: Date): string {
  return `${icsDateTime(Math.floor(date.getTime() / 1000) * 1000)}Z`;
}

export function statusValue(status: EventStatus): string {
  return status.toUpperCase();
}

// URIs are not TEXT: no escaping, but a line break would end the property, so control characters go.
export function uriValue(value: string): string {
  return dropControls(value).trim();
}

export function quoteParam(value: string): string {
  // RFC 6868 carets carry what a parameter value cannot hold.
  const encoded = dropControls(
    value
      .replace(/\^/g, "^^")
      .replace(/\r\n?|\n/g, "^n")
      .replace(/"/g, "^'"),
  );
  return /[;:,]/.test(encoded) ? `"${encoded}"` : encoded;
}

export function organizerLine(organizer: Organizer): string {
  const cn = organizer.name ? `;CN=${quoteParam(organizer.name)}` : "";
  return `ORGANIZER${cn}:mailto:${uriValue(organizer.email)}`;
}

export function textLines(event: {
  title: string;
  description?: string | null;
  location?: string | null;
}): string[] {
  return [
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
  ];
}
