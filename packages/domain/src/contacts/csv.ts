// A CSV reader following RFC 4180, lenient where real exports stray from it. It reports the line
// each record starts on, so problems can point at the right place even when a quoted field
// spans several lines.

export interface CsvRecord {
  /** 1-based line of the file the record starts on. */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  problems: { line: number; message: string }[];
}

/**
 * Splits CSV text into records. Handles an optional UTF-8 byte-order mark, CRLF / LF / CR line
 * ends, quoted fields with doubled quotes, and commas and line breaks inside quotes (returned as
 * "\n"). Blank lines are skipped. Text after a closing quote is kept, as spreadsheets do.
 */
export function parseCsv(text: string): CsvParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvParseResult["problems"] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false; // the record has a quoted field, so is not blank even if empty
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    if (quoted || fields.length > 1 || field !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    quoted = false;
  };

  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' && field === "") {
      // A quoted field: read to the closing quote.
      quoted = true;
      const openedOn = line;
      i++;
      let closed = false;
      while (i < src.length) {
        const c = src[i];
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === "\r" || c === "\n") {
          field += "\n";
          line++;
          i += c === "\r" && src[i + 1] === "\n" ? 2 : 1;
          continue;
        }
        // Copy the run up to the next quote or line break in one go.
        let j = i + 1;
        while (j < src.length && src[j] !== '"' && src[j] !== "\r" && src[j] !== "\n") j++;
        field += src.slice(i, j);
        i = j;
      }
      if (!closed) {
        problems.push({
          line: openedOn,
          message:
            "A quoted field opened on this line is never closed; the rest of the file was read into it.",
        });
      }
      continue;
    }
    if (ch === ",") {
      fields.push(field);
      field = "";
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    let j = i + 1;
    while (j < src.length && src[j] !== "," && src[j] !== "\r" && src[j] !== "\n") j++;
    field += src.slice(i, j);
    i = j;
  }
  if (fields.length > 0 || field !== "" || quoted) endRecord();
  return { records, problems };
}

/** Looks up columns by header name, ignoring case and surrounding spaces. */
export class CsvHeader {
  private readonly index = new Map<string, number>();
  readonly names: string[];

  constructor(fields: readonly string[]) {
    this.names = fields.map((f) => f.trim());
    this.names.forEach((name, i) => {
      const key = name.toLowerCase();
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  has(name: string): boolean {
    return this.index.has(name.toLowerCase());
  }

  /** The first of `names` present in the header and non-empty in `fields`, else "". */
  get(fields: readonly string[], ...names: string[]): string {
    for (const name of names) {
      const i = this.index.get(name.toLowerCase());
      const value = i === undefined ? undefined : fields[i]?.trim();
      if (value) return value;
    }
    return "";
  }
}

/** True when a record has nothing but empty cells (trailing ",,,," lines in some exports). */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === "");
}
