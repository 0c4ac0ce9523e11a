// RFC 5545 §3.1: content lines, folding, parameters and components, before any meaning is given to them.
import { cleanImportedText } from "../text";
import type { CalendarProblem } from "./types";
import { utf8Decode } from "./utf8";

/** One logical (unfolded) line and the 1-based physical line it started on. */
export interface LogicalLine {
  text: string;
  line: number;
}

export interface ContentLine {
  /** Upper-cased property name, e.g. "DTSTART". */
  name: string;
  /** Upper-cased parameter names to their values (a parameter may carry a comma list). */
  params: ReadonlyMap<string, readonly string[]>;
  value: string;
  line: number;
}

export interface Component {
  name: string;
  line: number;
  props: ContentLine[];
  children: Component[];
}

function isFoldContinuation(first: number | undefined): boolean {
  return first === 0x20 || first === 0x09;
}

/**
 * Unfolds text or raw bytes into logical lines. Bytes are unfolded before decoding so that a writer which
 * folded in the middle of a multi-byte UTF-8 character still yields the right character.
 */
export function unfoldLines(input: string | Uint8Array): LogicalLine[] {
  const out: LogicalLine[] = [];
  if (typeof input === "string") {
    // NUL and half surrogate pairs cannot be stored; an imported file loses them rather than failing.
    const physical = cleanImportedText(input.replace(/^\uFEFF/, "")).split(/\r\n|\n|\r/);
    physical.forEach((text, index) => {
      const last = out[out.length - 1];
      if (isFoldContinuation(text.charCodeAt(0)) && last) last.text += text.slice(1);
      else {
        // Some exporters put blank lines or spaces before BEGIN:VCALENDAR; nothing precedes them to fold into.
        const own = last ? text : text.trimStart();
        if (own !== "") out.push({ text: own, line: index + 1 });
      }
    });
    return out;
  }
  let start = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  let lineNumber = 1;
  const pending: { chunks: Uint8Array[]; line: number }[] = [];
  const take = (end: number) => {
    const chunk = input.subarray(start, end);
    const last = pending[pending.length - 1];
    if (isFoldContinuation(chunk[0]) && last) last.chunks.push(chunk.subarray(1));
    else {
      let skip = 0;
      while (!last && skip < chunk.length && isFoldContinuation(chunk[skip])) skip++;
      if (chunk.length > skip) pending.push({ chunks: [chunk.subarray(skip)], line: lineNumber });
    }
  };
  for (let i = start; i < input.length; i++) {
    const byte = input[i];
    if (byte !== 0x0a && byte !== 0x0d) continue;
    take(i);
    if (byte === 0x0d && input[i + 1] === 0x0a) i += 1;
    start = i + 1;
    lineNumber += 1;
  }
  take(input.length);
  for (const { chunks, line } of pending) {
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
      joined.set(c, offset);
      offset += c.length;
    }
    out.push({ text: cleanImportedText(utf8Decode(joined)), line });
  }
  return out;
}

// RFC 6868 lets parameter values carry ^n (newline), ^' (double quote) and ^^ (caret).
function decodeParamValue(raw: string): string {
  return raw.replace(/\^(n|N|'|\^)/g, (_, c: string) => (c === "'" ? '"' : c === "^" ? "^" : "\n"));
}

/** Splits `NAME;PARAM=a,"b;c":value`; returns null when the line has no valid name or no colon. */
export function parseContentLine({ text, line }: LogicalLine): ContentLine | null {
  const nameMatch = /^[A-Za-z0-9-]+/.exec(text);
  if (!nameMatch) return null;
  const params = new Map<string, string[]>();
  let i = nameMatch[0].length;
  while (text[i] === ";") {
    // "DTSTART;;VALUE=DATE-TIME:…": an empty parameter carries nothing; step over it.
    if (text[i + 1] === ";" || text[i + 1] === ":") {
      i += 1;
      continue;
    }
    const eq = text.indexOf("=", i);
    if (eq < 0) return null;
    const paramName = text.slice(i + 1, eq).toUpperCase();
    if (!/^[A-Z0-9-]+$/.test(paramName)) return null;
    const values: string[] = [];
    i = eq;
    do {
      i += 1;
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(decodeParamValue(text.slice(i + 1, close)));
        i = close + 1;
      } else {
        // Outlook Web writes TZID=(UTC-05:00) Eastern Time (US & Canada) unquoted: the colon inside the
        // leading parenthesis belongs to the value, not to the end of the parameters.
        const label = text[i] === "(" ? (/^\([^)"]*\)/.exec(text.slice(i))?.[0] ?? "") : "";
        const rest = label + (/^[^,;:"]*/.exec(text.slice(i + label.length))?.[0] ?? "");
        values.push(decodeParamValue(rest));
        i += rest.length;
      }
    } while (text[i] === ",");
    params.set(paramName, values);
  }
  if (text[i] !== ":") return null;
  return { name: nameMatch[0].toUpperCase(), params, value: text.slice(i + 1), line };
}

/** The first value of a parameter, if present. */
export function param(prop: ContentLine, name: string): string | undefined {
  return prop.params.get(name)?.[0];
}

/** RFC 5545 §3.3.11 TEXT: \\ \; \, and \n or \N. An unknown escape keeps the character (lenient). */
export function unescapeText(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** Splits a comma list of date, date-time or period values (these never contain a comma themselves). */
export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** Builds the BEGIN/END tree. Damage is reported and contained: a broken line or component is dropped. */
export function buildComponents(lines: readonly LogicalLine[]): {
  roots: Component[];
  problems: CalendarProblem[];
} {
  const roots: Component[] = [];
  const problems: CalendarProblem[] = [];
  const stack: Component[] = [];
  for (const logical of lines) {
    const prop = parseContentLine(logical);
    if (!prop) {
      problems.push({ line: logical.line, message: `Line is not a valid iCalendar content line` });
      continue;
    }
    const top = stack[stack.length - 1];
    if (prop.name === "BEGIN") {
      const component: Component = {
        name: prop.value.trim().toUpperCase(),
        line: prop.line,
        props: [],
        children: [],
      };
      stack.push(component);
      continue;
    }
    if (prop.name === "END") {
      const name = prop.value.trim().toUpperCase();
      const depth = stack.map((c) => c.name).lastIndexOf(name);
      if (depth < 0) {
        problems.push({ line: prop.line, message: `END:${name} without a matching BEGIN` });
        continue;
      }
      while (stack.length > depth + 1) {
        const unclosed = stack.pop();
        if (unclosed) problems.push({ line: unclosed.line, message: `${unclosed.name} is never closed` });
      }
      const done = stack.pop();
      const parent = stack[stack.length - 1];
      if (done) (parent ? parent.children : roots).push(done);
      continue;
    }
    if (!top) {
      problems.push({ line: prop.line, message: `${prop.name} appears outside any component` });
      continue;
    }
    top.props.push(prop);
  }
  // A truncated file: keep a root calendar whose events did close, drop anything else left open.
  while (stack.length > 0) {
    const unclosed = stack.pop();
    if (!unclosed) break;
    problems.push({ line: unclosed.line, message: `${unclosed.name} is never closed` });
    if (stack.length === 0 && unclosed.name === "VCALENDAR") roots.push(unclosed);
  }
  return { roots, problems };
}
