// vCard 2.1 / 3.0 / 4.0 (.vcf) reading: enough of RFC 2426 and RFC 6350 for what phones, Google,
// Apple and Outlook export. Unknown properties (PHOTO, ADR, BDAY, …) are ignored.
import { buildDraft, type FieldLabels, type ImportResult, type RawContact } from "./draft";
import { canonicalLinkedInUrl } from "./linkedin-url";

/** Our own property for the date people met; other apps ignore X- properties they don't know. */
export const MET_ON_PROPERTY = "X-RAPPORT-MET-ON";

interface ContentLine {
  line: number;
  group: string | null;
  /** Upper-cased. */
  name: string;
  /** Upper-cased keys; 2.1-style bare parameters ("TEL;WORK:") are filed under TYPE. */
  params: Map<string, string[]>;
  /** Still escaped; see `unescapeText`. */
  value: string;
}

const LABELS: FieldLabels = {
  name: "FN",
  email: "EMAIL",
  phone: "TEL",
  linkedinUrl: "URL",
  metOn: MET_ON_PROPERTY,
  notes: "NOTE",
  tags: "CATEGORIES",
};

export function importVCard(text: string): ImportResult {
  const result: ImportResult = { rows: [], problems: [] };
  let card: ContentLine[] | null = null;
  let cardLine = 0;

  const finish = () => {
    if (!card) return;
    const { draft, problems } = buildDraft(readCard(card), cardLine, LABELS);
    if (draft) result.rows.push(draft);
    result.problems.push(...problems);
    card = null;
  };

  for (const logical of unfold(text)) {
    const content = parseContentLine(logical.text, logical.line);
    if (!content) continue;
    const value = content.value.trim().toUpperCase();
    if (content.name === "BEGIN" && value === "VCARD") {
      if (card) unterminated(result, cardLine);
      finish();
      card = [];
      cardLine = content.line;
    } else if (content.name === "END" && value === "VCARD") {
      finish();
    } else if (card) {
      card.push(content);
    }
  }
  if (card) unterminated(result, cardLine);
  finish();
  if (result.rows.length === 0 && result.problems.length === 0) {
    result.problems.push({
      line: 1,
      message: "No contact cards were found (expected BEGIN:VCARD … END:VCARD).",
    });
  }
  return result;
}

function unterminated(result: ImportResult, line: number) {
  result.problems.push({
    line,
    message: "This card has no END:VCARD line; it was read up to where the next one starts.",
  });
}

/** Joins folded lines (a line starting with a space or tab continues the previous one) and quoted-printable soft breaks. */
function unfold(text: string): { line: number; text: string }[] {
  const physical = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const logical: { line: number; text: string }[] = [];
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] ?? "";
    const last = logical[logical.length - 1];
    if (last && (raw.startsWith(" ") || raw.startsWith("\t"))) {
      last.text += raw.slice(1);
    } else if (last && isSoftBreak(last.text)) {
      last.text = last.text.slice(0, -1) + raw;
    } else if (raw.trim() !== "") {
      logical.push({ line: i + 1, text: raw });
    }
  }
  return logical;
}

// In vCard 2.1 quoted-printable values, a trailing "=" means the value continues on the next line.
function isSoftBreak(text: string): boolean {
  if (!text.endsWith("=")) return false;
  const colon = text.indexOf(":");
  return colon > 0 && /QUOTED-PRINTABLE/i.test(text.slice(0, colon));
}

/** Splits `[group.]NAME;param=value;…:value`; null when the line has no name or colon. */
function parseContentLine(text: string, line: number): ContentLine | null {
  let i = 0;
  let inQuotes = false;
  const parts: string[] = [];
  let start = 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === ";") {
      parts.push(text.slice(start, i));
      start = i + 1;
    } else if (!inQuotes && ch === ":") break;
  }
  if (i >= text.length) return null;
  parts.push(text.slice(start, i));
  const [qualified = "", ...rawParams] = parts;
  const dot = qualified.lastIndexOf(".");
  const name = qualified
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!name) return null;
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf("=");
    const key = (eq < 0 ? "TYPE" : raw.slice(0, eq)).trim().toUpperCase();
    const values = splitUnquoted(eq < 0 ? raw : raw.slice(eq + 1), ",").map(paramValue);
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return {
    line,
    group: dot > 0 ? qualified.slice(0, dot).toUpperCase() : null,
    name,
    params,
    value: text.slice(i + 1),
  };
}

function splitUnquoted(text: string, separator: string): string[] {
  const out: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') inQuotes = !inQuotes;
    else if (!inQuotes && text[i] === separator) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

// Parameter values may be quoted, and use RFC 6868 caret escapes (^n, ^^, ^').
function paramValue(raw: string): string {
  const v = raw.trim().replace(/^"(.*)"$/s, "$1");
  return v.replace(/\^(n|\^|')/g, (_, c: string) => (c === "n" ? "\n" : c === "'" ? '"' : "^"));
}

/** Splits a value on a separator not preceded by a backslash, then unescapes each part. */
function splitEscaped(value: string, separator: ";" | ","): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? "";
    if (ch === "\\" && i + 1 < value.length) {
      current += ch + (value[i + 1] ?? "");
      i++;
    } else if (ch === separator) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out.map(unescapeText);
}

// \n and \N are line breaks; any other backslashed character stands for itself (\, \; \\ and
// Apple's "https\://").
function unescapeText(value: string): string {
  return value.replace(/\\(.)/gs, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** The value with any quoted-printable encoding undone. CHARSET is ignored: we assume UTF-8. */
function decoded(content: ContentLine): string {
  const encoding = [...(content.params.get("ENCODING") ?? []), ...(content.params.get("TYPE") ?? [])];
  if (!encoding.some((e) => e.toUpperCase() === "QUOTED-PRINTABLE")) return content.value;
  // Percent-decoding handles multi-byte UTF-8; anything else is escaped first so it passes through.
  const percent = content.value
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})|[^=]+|=/gi, (m, hex: string | undefined) =>
      hex ? `%${hex}` : encodeURIComponent(m),
    );
  try {
    return decodeURIComponent(percent);
  } catch {
    // Not UTF-8 (a Latin-1 export, say): read each byte as its own character.
    return content.value.replace(/=([0-9A-F]{2})/gi, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  }
}

function isPreferred(content: ContentLine): boolean {
  const types = (content.params.get("TYPE") ?? []).map((t) => t.toLowerCase());
  return types.includes("pref") || content.params.has("PREF");
}

/** The preferred entry (TYPE=pref or PREF=n, lowest n first), else the first. */
function pick(entries: ContentLine[]): ContentLine | undefined {
  const rank = (c: ContentLine) => (isPreferred(c) ? Number(c.params.get("PREF")?.[0] ?? 1) || 1 : 101);
  return entries.reduce<ContentLine | undefined>(
    (best, c) => (!best || rank(c) < rank(best) ? c : best),
    undefined,
  );
}

function readCard(lines: ContentLine[]): RawContact {
  const all = (name: string) => lines.filter((l) => l.name === name);
  const first = (name: string) => all(name)[0];
  const single = (name: string) => {
    const line = first(name);
    return line ? unescapeText(decoded(line)) : "";
  };
  const structured = (name: string) => {
    const line = first(name);
    return line ? splitEscaped(decoded(line), ";") : [];
  };

  // N is family;given;additional;prefix;suffix, each possibly a comma list.
  const [family = "", given = "", additional = "", prefix = "", suffix = ""] = structured("N");
  const fromN = [prefix, given, additional, family, suffix].join(" ").replace(/,/g, " ");

  // Apple groups a URL with its label: item1.URL:… and item1.X-ABLabel:LinkedIn.
  const labelOf = new Map<string, string>();
  for (const l of all("X-ABLABEL")) if (l.group) labelOf.set(l.group, unescapeText(decoded(l)));
  let linkedinUrl: string | null = null;
  for (const l of [...all("URL"), ...all("X-SOCIALPROFILE")]) {
    const url = unescapeText(decoded(l)).trim();
    const labelled =
      (l.group !== null && /linkedin/i.test(labelOf.get(l.group) ?? "")) ||
      (l.params.get("TYPE") ?? []).some((t) => t.toLowerCase() === "linkedin");
    // Other links (websites, other networks) are not wanted, so they are not problems either.
    if (canonicalLinkedInUrl(url)) linkedinUrl ??= url;
    else if (labelled) linkedinUrl ??= url; // buildDraft reports it as not a profile address
  }

  const email = pick(all("EMAIL"));
  const phone = pick(all("TEL"));
  return {
    name: single("FN") || fromN,
    company: structured("ORG")[0] ?? "",
    role: single("TITLE") || single("ROLE"),
    email: email ? unescapeText(decoded(email)) : null,
    phone: phone ? unescapeText(decoded(phone)) : null,
    linkedinUrl,
    metOn: single(MET_ON_PROPERTY),
    tags: all("CATEGORIES").flatMap((l) => splitEscaped(decoded(l), ",")),
    notes: all("NOTE")
      .map((l) => unescapeText(decoded(l)))
      .join("\n\n"),
  };
}
