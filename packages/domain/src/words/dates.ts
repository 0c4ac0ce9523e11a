// Dates as people read them: "Thu 4 Feb" in their locale and time zone, never 'YYYY-MM-DD'.
import { addDays, daysBetween, isoWeekday, mondayOfIsoWeek } from "../time";
import { DEFAULT_LOCALE, safeLocale } from "./plural";

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(safeLocale(locale), options);
    cache.set(key, found);
  }
  return found;
}

// A calendar day is formatted at noon UTC in UTC, so no zone can move it to a neighbouring day.
const noonUtc = (date: string) => new Date(`${date}T12:00:00Z`);

/** "Thu 4 Feb" (en-GB), "Thu, Feb 4" (en-US) for a 'YYYY-MM-DD' calendar day. */
export function dayWords(date: string, locale: string = DEFAULT_LOCALE): string {
  return formatter(locale, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(
    noonUtc(date),
  );
}

/** "4 Feb 2027": for dates that may be in another year. */
export function fullDayWords(date: string, locale: string = DEFAULT_LOCALE): string {
  return formatter(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    noonUtc(date),
  );
}

/** "7 Dec" (en-GB), "Dec 7" (en-US). */
export function shortDayWords(date: string, locale: string = DEFAULT_LOCALE): string {
  return formatter(locale, { day: "numeric", month: "short", timeZone: "UTC" }).format(noonUtc(date));
}

/** "Thu 4 Feb" for an instant, on the calendar of `timeZone`. */
export function instantDayWords(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return formatter(locale, { weekday: "short", day: "numeric", month: "short", timeZone }).format(instant);
}

/** "18:30" (en-GB), "6:30 PM" (en-US) for an instant in `timeZone`. */
export function timeWords(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return formatter(locale, { hour: "2-digit", minute: "2-digit", timeZone }).format(instant);
}

/** "week of 7 Dec" for an ISO week key ("2026-W50"): weeks are named by their Monday. */
export function weekOfWords(weekKey: string, locale: string = DEFAULT_LOCALE): string {
  return `week of ${shortDayWords(mondayOfIsoWeek(weekKey), locale)}`;
}

/** "today", "tomorrow", "yesterday", or the day itself ("Thu 4 Feb"). */
export function relativeDayWords(date: string, today: string, locale: string = DEFAULT_LOCALE): string {
  const days = daysBetween(today, date);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return dayWords(date, locale);
}

/** First days of the week by locale tag, worked out once per tag (a digest run asks thousands of times). */
const weekStarts = new Map<string, number>();

/**
 * The first day of the person's week (ISO: Monday = 1 … Sunday = 7) from their locale: Monday in most
 * of Europe, Sunday in the US. Falls back to Monday where the runtime cannot tell.
 */
export function weekStartOf(locale: string = DEFAULT_LOCALE): number {
  const tag = safeLocale(locale);
  let first = weekStarts.get(tag);
  if (first === undefined) {
    first = firstDayOfWeek(tag);
    if (weekStarts.size < 200) weekStarts.set(tag, first);
  }
  return first;
}

function firstDayOfWeek(locale: string): number {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const first = loc.getWeekInfo?.().firstDay ?? loc.weekInfo?.firstDay;
    return first && first >= 1 && first <= 7 ? first : 1;
  } catch {
    return 1;
  }
}

/** The last day of the week `today` is in, for a week starting on ISO weekday `weekStart`. */
export function endOfWeek(today: string, weekStart = 1): string {
  const offset = (isoWeekday(today) - weekStart + 7) % 7;
  return addDays(today, 6 - offset);
}
