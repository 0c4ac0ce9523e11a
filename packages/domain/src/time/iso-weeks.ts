// ISO-8601 weeks (Monday start; week 1 holds the year's first Thursday). The digest and tip
// rotation key everything by the week a person is living in, so weeks follow their time zone.
import { addDays, isoWeekday, parseLocalDate, toDayNumber } from "./calendar-dates";
import { localDate, zonedTimeToUtc } from "./zoned-time";

export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  year: number;
  week: number;
}

const WEEK_KEY_PATTERN = /^(\d{4})-W(\d{2})$/;

/** The ISO week that a 'YYYY-MM-DD' date falls in. */
export function isoWeekOfDate(date: string): IsoWeek {
  // The week belongs to the year its Thursday is in.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const { year } = parseLocalDate(thursday);
  const dayOfYear = toDayNumber(thursday) - toDayNumber(`${thursday.slice(0, 4)}-01-01`);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** The ISO week that `instant` falls in for someone in `timeZone`. */
export function isoWeek(instant: Date, timeZone: string): IsoWeek {
  return isoWeekOfDate(localDate(instant, timeZone));
}

/** The week of `instant` in `timeZone` as a key like "2026-W48". */
export function isoWeekKey(instant: Date, timeZone: string): string {
  return formatIsoWeekKey(isoWeek(instant, timeZone));
}

export function formatIsoWeekKey({ year, week }: IsoWeek): string {
  return `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}

/** Reads "2026-W48"; throws a RangeError for malformed keys or weeks the year lacks (e.g. W53). */
export function parseIsoWeekKey(key: string): IsoWeek {
  const match = WEEK_KEY_PATTERN.exec(key);
  const year = Number(match?.[1]);
  const week = Number(match?.[2]);
  if (!match || week < 1 || week > isoWeeksInYear(year)) {
    throw new RangeError(`Not an ISO week key like "2026-W48": "${key}"`);
  }
  return { year, week };
}

export function isValidIsoWeekKey(key: string): boolean {
  try {
    parseIsoWeekKey(key);
    return true;
  } catch {
    return false;
  }
}

/** 52 or 53: a year has 53 weeks when 28 December falls in week 53. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOfDate(`${String(year).padStart(4, "0")}-12-28`).week;
}

/** The Monday ('YYYY-MM-DD') that starts the week. */
export function mondayOfIsoWeek(key: string): string {
  const { year, week } = parseIsoWeekKey(key);
  // 4 January is always in week 1.
  const jan4 = `${String(year).padStart(4, "0")}-01-04`;
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(week1Monday, (week - 1) * 7);
}

/** The instant the week begins: Monday 00:00 in `timeZone` (or the first moment after, if a DST gap eats midnight). */
export function startOfIsoWeek(key: string, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(mondayOfIsoWeek(key));
  return zonedTimeToUtc({ year, month, day, hour: 0, minute: 0 }, timeZone);
}

/** The week key `weeks` later (or earlier, when negative). */
export function addIsoWeeks(key: string, weeks: number): string {
  if (!Number.isInteger(weeks)) throw new RangeError(`Weeks to add must be a whole number, got ${weeks}`);
  return formatIsoWeekKey(isoWeekOfDate(addDays(mondayOfIsoWeek(key), weeks * 7)));
}

/** Whole weeks from `from` to `to`: positive when `to` is later. */
export function isoWeeksBetween(from: string, to: string): number {
  return (toDayNumber(mondayOfIsoWeek(to)) - toDayNumber(mondayOfIsoWeek(from))) / 7;
}

/** Weeks since the week of 1970-01-01; a stable counter for week-by-week rotation. */
export function isoWeekIndex(key: string): number {
  const epochMonday = -3; // 1969-12-29, the Monday of 1970-W01, as a day number
  return (toDayNumber(mondayOfIsoWeek(key)) - epochMonday) / 7;
}
