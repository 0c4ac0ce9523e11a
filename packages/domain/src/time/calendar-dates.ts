// Calendar dates as 'YYYY-MM-DD' strings: the unit people plan in ("due on the 30th"),
// independent of any time zone. Arithmetic runs on UTC midnights, where every day is 24h.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** True for a real calendar date in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isValidLocalDate(value: string): boolean {
  return tryParseLocalDate(value) !== null;
}

/** Splits a 'YYYY-MM-DD' string into numbers; throws a RangeError naming the bad value. */
export function parseLocalDate(value: string): CalendarDate {
  const parsed = tryParseLocalDate(value);
  if (!parsed) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: "${value}"`);
  return parsed;
}

export function formatLocalDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** The date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days to add must be a whole number, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 for the same date. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday of a calendar date: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string): number {
  // Day 0 (1970-01-01) was a Thursday.
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Days since 1970-01-01; lets other modules do week arithmetic without Date objects. */
export function toDayNumber(date: string): number {
  const { year, month, day } = parseLocalDate(date);
  return Math.round(utcMidnight(year, month, day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatLocalDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function tryParseLocalDate(value: string): CalendarDate | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day };
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utcMidnight(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
