// Wall-clock time in an IANA time zone, computed with Intl only (no tz database of our own).
import { formatLocalDate, isoWeekday, isValidLocalDate } from "./calendar-dates";

export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0–23 */
  hour: number;
  minute: number;
}

export interface ZonedParts extends LocalDateTime {
  second: number;
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  weekday: number;
}

const MS_PER_DAY = 86_400_000;

// Building a DateTimeFormat is costly and digests format thousands of instants; one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        calendar: "gregory",
        numberingSystem: "latn",
        // h23 avoids the "24:00" some engines print for midnight with hour12: false.
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
        era: "short",
      });
    } catch {
      throw new RangeError(`Unknown time zone: "${timeZone}"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when Intl knows the IANA zone name (e.g. "Europe/London", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.trim() === "") return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date and wall-clock time at `instant` for someone living in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const ms = instantMs(instant);
  const values: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) values[part.type] = part.value;
  const rawYear = Number(values.year);
  const year = values.era === "BC" || values.era === "B" ? 1 - rawYear : rawYear;
  const month = Number(values.month);
  const day = Number(values.day);
  return {
    year,
    month,
    day,
    hour: Number(values.hour),
    minute: Number(values.minute),
    second: Number(values.second),
    weekday: isoWeekday(formatLocalDate({ year, month, day })),
  };
}

/** The calendar date ('YYYY-MM-DD') at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return formatLocalDate(zonedParts(instant, timeZone));
}

/**
 * The instant at which clocks in `timeZone` show `local`.
 *
 * Wall times that happen twice or never are resolved like Temporal's "compatible" mode:
 * - overlap (clocks go back, e.g. 01:30 on London's last Sunday of October): the EARLIER
 *   instant, so a reminder fires at the first 01:30 rather than an hour late;
 * - gap (clocks go forward, e.g. 01:30 on London's last Sunday of March does not exist):
 *   the time is moved FORWARD by the length of the gap (01:30 → 02:30 BST), so a "08:00"
 *   job never runs before its nominal time.
 */
export function zonedTimeToUtc(local: LocalDateTime, timeZone: string): Date {
  assertLocalDateTime(local);
  formatterFor(timeZone);
  const wall = wallClockMs(local);
  // Zones change offset at most once in any two-day window, so the offsets a day either
  // side bracket every candidate.
  const offsetBefore = offsetMs(wall - MS_PER_DAY, timeZone);
  const offsetAfter = offsetMs(wall + MS_PER_DAY, timeZone);
  const candidates = [wall - offsetBefore, wall - offsetAfter].filter(
    (ms) => ms + offsetMs(ms, timeZone) === wall,
  );
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // Gap: using the pre-transition offset lands after the jump, shifted by its length.
  return new Date(wall - offsetBefore);
}

/** How far `timeZone` is ahead of UTC at instant `ms`, in milliseconds. */
function offsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(new Date(ms), timeZone);
  const wallSeconds = wallClockMs(p) + p.second * 1000;
  // Intl drops sub-second precision, so compare against the instant floored to the second.
  return wallSeconds - Math.floor(ms / 1000) * 1000;
}

// The wall-clock reading expressed as if it were UTC: a plain number we can subtract.
function wallClockMs({ year, month, day, hour, minute }: LocalDateTime): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

function instantMs(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError("Expected a valid Date instant");
  return ms;
}

function assertLocalDateTime(local: LocalDateTime): void {
  const { year, month, day, hour, minute } = local;
  const ok =
    [year, month, day, hour, minute].every(Number.isInteger) &&
    isValidLocalDate(formatLocalDate({ year, month, day })) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59;
  if (!ok) throw new RangeError(`Not a valid local date and time: ${JSON.stringify(local)}`);
}
