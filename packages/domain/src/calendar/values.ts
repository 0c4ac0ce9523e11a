// Value types (RFC 5545 §3.3) and civil-date arithmetic. A "wall" time is a local date-time stored as if it
// were UTC milliseconds, so calendar arithmetic is plain Date.UTC maths and zones are applied only at the end.

export const DAY_MS = 86_400_000;

/** A problem tied to a line; thrown while reading one event, caught where that event is skipped. */
export class CalendarDataError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CalendarDataError";
  }
}

export type DateValue =
  | { kind: "date"; wall: number }
  | { kind: "utc"; wall: number }
  | { kind: "floating"; wall: number }
  | { kind: "zoned"; wall: number; tzid: string };

/** Nominal days (calendar days, DST-proof) plus an exact part in milliseconds. */
export interface Duration {
  days: number;
  ms: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Date.UTC that also works for years 0–99 (Date.UTC maps those to 1900–1999). */
export function wallTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

export interface CivilParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Monday … 6 = Sunday, the iCalendar order. */
  weekday: number;
}

export function civil(wall: number): CivilParts {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: (d.getUTCDay() + 6) % 7,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** 'YYYY-MM-DD' */
export function isoDate(wall: number): string {
  const c = civil(wall);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** 'YYYYMMDD' (iCalendar DATE) */
export function icsDate(wall: number): string {
  return isoDate(wall).replace(/-/g, "");
}

/** 'YYYYMMDDTHHMMSS' (iCalendar DATE-TIME without the Z) */
export function icsDateTime(wall: number): string {
  const c = civil(wall);
  return `${icsDate(wall)}T${pad(c.hour)}${pad(c.minute)}${pad(c.second)}`;
}

/** Parses 'YYYY-MM-DD' to the wall time of its midnight, or null. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return wallTime(y, mo, d);
}

/**
 * Parses a DATE or DATE-TIME value. `valueType` is the VALUE parameter; `tzid` the TZID parameter, which a
 * trailing Z overrides (RFC 5545 §3.3.5). Returns an error message instead of throwing.
 */
export function parseDateValue(raw: string, valueType?: string, tzid?: string): DateValue | string {
  const text = raw.trim();
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i.exec(text);
  if (!m) return `"${raw}" is not a valid date or date-time`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Year 0 is refused: Intl shows it as 1 BC, which would garble zone offsets.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `"${raw}" is not a real calendar date`;
  }
  if (m[4] === undefined) return { kind: "date", wall: wallTime(year, month, day) };
  if (valueType?.toUpperCase() === "DATE") return `"${raw}" has a time but VALUE=DATE`;
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  // A leap second (60) is folded onto :59, which is what any clock can show.
  const second = Math.min(Number(m[6]), 59);
  if (hour > 23 || minute > 59 || Number(m[6]) > 60) return `"${raw}" is not a valid time of day`;
  const wall = wallTime(year, month, day, hour, minute, second);
  if (m[7]) return { kind: "utc", wall };
  if (tzid?.trim()) return { kind: "zoned", wall, tzid: tzid.trim() };
  return { kind: "floating", wall };
}

/** RFC 5545 §3.3.6, e.g. P1D, PT1H30M, P2W. Negative durations are rejected: events do not end early. */
export function parseDuration(raw: string): Duration | null {
  const m = /^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(raw.trim());
  if (!m || m.slice(1).every((part) => part === undefined)) return null;
  if (/T$/i.test(raw.trim())) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  return { days: n(1) * 7 + n(2), ms: ((n(3) * 60 + n(4)) * 60 + n(5)) * 1000 };
}

/** UTC-OFFSET such as +0100, -0430 or +013000, in milliseconds. */
export function parseUtcOffset(raw: string): number | null {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(raw.trim());
  if (!m) return null;
  const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === "-" ? -ms : ms;
}
