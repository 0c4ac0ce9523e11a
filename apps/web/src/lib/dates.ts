// The web app's one date-formatting module: calendar days ("5 Mar", "Mon 3 Mar"), instants in a zone.
// Relative imports only, so unit tests without the "~" alias can load it (team/format.ts does).
import { DEFAULT_LOCALE, dayWords, fullDayWords } from "../components/words";

/** "5 Mar" and "5 Mar 2026" for local dates (read at UTC, so the date never shifts). */
export const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});
export const dateYearFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** '2026-03-05' → '5 Mar' (or with the year when it is not this year). */
export function formatDay(date: string, withYear = false): string {
  const d = new Date(`${date}T00:00:00Z`);
  return (
    withYear || d.getUTCFullYear() !== new Date().getUTCFullYear() ? dateYearFormat : dateFormat
  ).format(d);
}

/** "5 Mar 2026" for an instant, on the calendar of `timeZone`. */
export function formatInstant(at: Date, timeZone: string): string {
  return zoned({ day: "numeric", month: "short", year: "numeric" }, timeZone).format(at);
}

/** "Mon 3 Mar" for a 'YYYY-MM-DD' day (no time zone shifts: it is a calendar day). */
export function formatWeekdayDay(date: string, locale: string = DEFAULT_LOCALE): string {
  return dayWords(date, locale);
}

export function formatFullDay(date: string, locale: string = DEFAULT_LOCALE): string {
  return fullDayWords(date, locale);
}

// Instants shown in a time zone. Building an Intl format is costly next to using one, and a page asks for
// the same few (zone, style) pairs many times, so each is built once; zones come from stored settings,
// so the map stays small, and it is emptied if it ever grows past a few hundred.
const zonedFormats = new Map<string, Intl.DateTimeFormat>();
function zoned(options: Intl.DateTimeFormatOptions, timeZone: string, locale = "en-GB") {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = zonedFormats.get(key);
  if (!format) {
    if (zonedFormats.size >= 300) zonedFormats.clear();
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    zonedFormats.set(key, format);
  }
  return format;
}

/** "Tue 12 May" for an instant, on the calendar of `timeZone`. */
export function weekdayDayIn(at: Date, timeZone: string, locale?: string): string {
  return zoned({ weekday: "short", day: "numeric", month: "short" }, timeZone, locale).format(at);
}

/** "18:00" (24-hour) for an instant in `timeZone`. */
export function timeIn(at: Date, timeZone: string, locale?: string): string {
  return zoned({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, timeZone, locale).format(at);
}

/** The hour (0–23) an instant falls in, in `timeZone`. */
export function hourIn(at: Date, timeZone: string): number {
  return Number(zoned({ hour: "numeric", hourCycle: "h23" }, timeZone).format(at));
}

/** A date tile's month abbreviation and day number for an instant in `timeZone`. */
export function dateTileIn(at: Date, timeZone: string): { month: string; day: string } {
  return {
    month: zoned({ month: "short" }, timeZone).format(at),
    day: zoned({ day: "numeric" }, timeZone).format(at),
  };
}

/** "6 Dec 2026, 14:05" for an instant in `timeZone` (lists of runs and logs). */
export function dateTimeIn(at: Date, timeZone: string): string {
  return zoned({ dateStyle: "medium", timeStyle: "short" }, timeZone).format(at);
}

/** "Tue 9 Dec, 14:00–14:30" for a slot in the person's own zone and language. */
export function slotWords(startsAt: Date, endsAt: Date, timeZone: string, locale?: string): string {
  return `${weekdayDayIn(startsAt, timeZone, locale)}, ${timeIn(startsAt, timeZone, locale)}–${timeIn(endsAt, timeZone, locale)}`;
}

/** Wall-clock parts of an instant in a zone, for a form's date and time inputs. */
export function localParts(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = zoned(
    {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    },
    timeZone,
    "en-CA",
  ).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}
