// RRULE (RFC 5545 §3.3.10): parsing and expansion in wall time. Expansion walks whole periods (a day, week,
// month or year), keeps the days every BY* part allows, and puts on each the times of day BYHOUR, BYMINUTE
// and BYSECOND give (by default DTSTART's).
import { parseRecurrenceRule, type RecurrenceRule, WEEKDAY_CODES } from "./rrule-parse";
import { type CivilParts, civil, DAY_MS, wallTime } from "./values";

export { parseRecurrenceRule, type RecurrenceRule, WEEKDAY_CODES };

export interface ExpandOptions {
  /** Occurrences starting before this wall time are counted (for COUNT) but not returned. */
  notBefore: number;
  /** Expansion stops after this wall time. */
  notAfter: number;
  /** True when a wall time lies past the rule's UNTIL (the caller knows the zone). */
  pastUntil: (wall: number) => boolean;
  /** Stop after returning this many. */
  maxResults: number;
  /**
   * Days that may still be examined, shared across a whole calendar and decremented here, so a hostile
   * file (thousands of rules with huge COUNTs from the year 1000) cannot make parsing take minutes.
   * Expansion stops early when it reaches zero; the caller can see that and report it.
   */
  budget: { days: number };
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  dayOfYear: number;
  monthLength: number;
  yearLength: number;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthLength(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 31);
}

function calendarDay(epochDay: number): CalendarDay {
  const c = civil(epochDay * DAY_MS);
  return {
    year: c.year,
    month: c.month,
    day: c.day,
    weekday: c.weekday,
    dayOfYear: epochDay - wallTime(c.year, 1, 1) / DAY_MS,
    monthLength: monthLength(c.year, c.month),
    yearLength: isLeap(c.year) ? 366 : 365,
  };
}

// Stepping a day by hand: Date objects per day made long expansions many times slower.
function nextDay(c: CalendarDay): void {
  c.weekday = (c.weekday + 1) % 7;
  c.day += 1;
  c.dayOfYear += 1;
  if (c.day <= c.monthLength) return;
  c.day = 1;
  c.month += 1;
  if (c.month > 12) {
    c.month = 1;
    c.year += 1;
    c.dayOfYear = 0;
    c.yearLength = isLeap(c.year) ? 366 : 365;
  }
  c.monthLength = monthLength(c.year, c.month);
}

function matchesOrdinal(ordinal: number, indexInScope: number, scopeLength: number): boolean {
  const fromStart = Math.floor(indexInScope / 7) + 1;
  const fromEnd = -(Math.floor((scopeLength - 1 - indexInScope) / 7) + 1);
  return ordinal === fromStart || ordinal === fromEnd;
}

/** Monday-based weekday (0–6) of an epoch day; 1970-01-01 was a Thursday. */
function weekdayOf(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}

/** First day of the week (starting on `weekStart`) that holds `epochDay`. */
function weekStartOf(epochDay: number, weekStart: number): number {
  return epochDay - ((weekdayOf(epochDay) - weekStart + 7) % 7);
}

/** The start of week 1 of `year`: the first week with at least four of its days in that year (RFC 5545). */
function firstWeekStart(year: number, weekStart: number): number {
  return weekStartOf(wallTime(year, 1, 1) / DAY_MS + 3, weekStart);
}

/**
 * Whether the day's week is one BYWEEKNO names, counting from the start or (negative) the end of its
 * week-numbering year. Days of week 1 that fall in late December match too, as other readers do.
 */
function weekNoMatches(
  byWeekNo: readonly number[],
  epochDay: number,
  year: number,
  weekStart: number,
): boolean {
  let weekYear = year;
  if (epochDay >= firstWeekStart(year + 1, weekStart)) weekYear = year + 1;
  else if (epochDay < firstWeekStart(year, weekStart)) weekYear = year - 1;
  const first = firstWeekStart(weekYear, weekStart);
  const week = Math.floor((epochDay - first) / 7) + 1;
  const weeks = (firstWeekStart(weekYear + 1, weekStart) - first) / 7;
  return byWeekNo.some((n) => n === week || weeks + n + 1 === week);
}

function dayMatches(rule: RecurrenceRule, c: CalendarDay, epochDay: number): boolean {
  if (rule.byMonth.length > 0 && !rule.byMonth.includes(c.month)) return false;
  if (rule.byWeekNo.length > 0 && !weekNoMatches(rule.byWeekNo, epochDay, c.year, rule.weekStart))
    return false;
  if (
    rule.byYearDay.length > 0 &&
    !rule.byYearDay.some((n) => n === c.dayOfYear + 1 || c.yearLength + n === c.dayOfYear)
  ) {
    return false;
  }
  if (
    rule.byMonthDay.length > 0 &&
    !rule.byMonthDay.some((md) => md === c.day || c.monthLength + md + 1 === c.day)
  ) {
    return false;
  }
  if (rule.byDay.length === 0) return true;
  // Ordinals count within the month, except for YEARLY without BYMONTH where they count within the year.
  const inYear = rule.freq === "YEARLY" && rule.byMonth.length === 0;
  return rule.byDay.some(
    (d) =>
      d.weekday === c.weekday &&
      (d.ordinal === null ||
        (inYear
          ? matchesOrdinal(d.ordinal, c.dayOfYear, c.yearLength)
          : matchesOrdinal(d.ordinal, c.day - 1, c.monthLength))),
  );
}

/** Fills in the BY* parts RFC 5545 implies from DTSTART when a rule leaves them out. */
function withDefaults(rule: RecurrenceRule, start: CivilParts): RecurrenceRule {
  const r = { ...rule };
  const dayParts = r.byDay.length + r.byMonthDay.length + r.byYearDay.length + r.byWeekNo.length;
  if (r.freq === "WEEKLY" && r.byDay.length === 0) r.byDay = [{ weekday: start.weekday, ordinal: null }];
  if (r.freq === "MONTHLY" && dayParts === 0) r.byMonthDay = [start.day];
  if (r.freq === "YEARLY" && dayParts === 0) {
    r.byMonthDay = [start.day];
    if (r.byMonth.length === 0) r.byMonth = [start.month];
  }
  return r;
}

/**
 * The stretches of days (first epoch day, length) that period `k` covers. A YEARLY rule with BYMONTH only
 * looks at those months, and a MONTHLY period outside BYMONTH is empty.
 */
function periodSpans(
  rule: RecurrenceRule,
  start: CivilParts,
  startDay: number,
  k: number,
): [number, number][] {
  const step = k * rule.interval;
  switch (rule.freq) {
    case "DAILY":
      return [[startDay + step, 1]];
    case "WEEKLY": {
      const weekStart = startDay - ((start.weekday - rule.weekStart + 7) % 7);
      return [[weekStart + 7 * step, 7]];
    }
    case "MONTHLY": {
      const c = civil(wallTime(start.year, start.month + step, 1));
      if (rule.byMonth.length > 0 && !rule.byMonth.includes(c.month)) return [];
      return [[wallTime(c.year, c.month, 1) / DAY_MS, monthLength(c.year, c.month)]];
    }
    case "YEARLY": {
      const year = start.year + step;
      if (rule.byMonth.length === 0) return [[wallTime(year, 1, 1) / DAY_MS, isLeap(year) ? 366 : 365]];
      return [...new Set(rule.byMonth)]
        .sort((a, b) => a - b)
        .map((month) => [wallTime(year, month, 1) / DAY_MS, monthLength(year, month)]);
    }
  }
}

/** First day of period `k`, to know when periods have passed the end of the window. */
function periodStart(rule: RecurrenceRule, start: CivilParts, startDay: number, k: number): number {
  const step = k * rule.interval;
  switch (rule.freq) {
    case "DAILY":
      return startDay + step;
    case "WEEKLY":
      return startDay - ((start.weekday - rule.weekStart + 7) % 7) + 7 * step;
    case "MONTHLY":
      return wallTime(start.year, start.month + step, 1) / DAY_MS;
    case "YEARLY":
      return wallTime(start.year + step, 1, 1) / DAY_MS;
  }
}

/** The period index whose periods can first contain `wall` (used to skip ahead when COUNT is absent). */
function firstUsefulPeriod(rule: RecurrenceRule, start: CivilParts, startDay: number, wall: number): number {
  const target = civil(wall);
  let units: number;
  switch (rule.freq) {
    case "DAILY":
      units = Math.floor(wall / DAY_MS) - startDay;
      break;
    case "WEEKLY":
      units = Math.floor((Math.floor(wall / DAY_MS) - periodStart(rule, start, startDay, 0)) / 7);
      break;
    case "MONTHLY":
      units = (target.year - start.year) * 12 + target.month - start.month;
      break;
    case "YEARLY":
      units = target.year - start.year;
      break;
  }
  return Math.max(0, Math.floor(units / rule.interval) - 1);
}

/** Milliseconds after midnight of each occurrence on a matching day, earliest first. */
function timesOfDayFor(rule: RecurrenceRule, start: CivilParts): number[] {
  const hours = rule.byHour.length > 0 ? rule.byHour : [start.hour];
  const minutes = rule.byMinute.length > 0 ? rule.byMinute : [start.minute];
  const seconds = rule.bySecond.length > 0 ? rule.bySecond : [start.second];
  const out = new Set<number>();
  for (const h of hours)
    for (const m of minutes) for (const sec of seconds) out.add(((h * 60 + m) * 60 + sec) * 1000);
  return [...out].sort((a, b) => a - b);
}

/**
 * Wall times of the occurrences of `rule` for a series starting at `startWall`, within
 * [notBefore, notAfter]. DTSTART itself is always the first occurrence (RFC 5545 §3.8.5.3) and counts
 * toward COUNT.
 */
export function expandRule(rule: RecurrenceRule, startWall: number, options: ExpandOptions): number[] {
  const start = civil(startWall);
  const startDay = Math.floor(startWall / DAY_MS);
  const r = withDefaults(rule, start);
  const timesOfDay = timesOfDayFor(r, start);
  const oneTime = timesOfDay[0] ?? 0;
  const out: number[] = [];
  let count = 1;
  if (startWall >= options.notBefore && startWall <= options.notAfter) out.push(startWall);
  const { budget } = options;
  for (let k = r.count === null ? firstUsefulPeriod(r, start, startDay, options.notBefore) : 0; ; k++) {
    if (periodStart(r, start, startDay, k) * DAY_MS > options.notAfter || budget.days <= 0) return out;
    const days: number[] = [];
    budget.days -= 1;
    for (const [firstDay, length] of periodSpans(r, start, startDay, k)) {
      budget.days -= length;
      const c = calendarDay(firstDay);
      for (let i = 0; i < length; i++, nextDay(c))
        if (dayMatches(r, c, firstDay + i)) days.push(firstDay + i);
    }
    // BYSETPOS picks among all the period's date-times, after BYHOUR etc. have multiplied them.
    let walls: number[] = days;
    if (timesOfDay.length === 1)
      for (let i = 0; i < days.length; i++) walls[i] = (days[i] as number) * DAY_MS + oneTime;
    else walls = days.flatMap((day) => timesOfDay.map((t) => day * DAY_MS + t));
    if (r.bySetPos.length > 0) {
      const picked = r.bySetPos.map((pos) => (pos > 0 ? walls[pos - 1] : walls[walls.length + pos]));
      walls = [...new Set(picked.filter((d): d is number => d !== undefined))].sort((a, b) => a - b);
    }
    for (const wall of walls) {
      if (wall <= startWall) continue;
      if (options.pastUntil(wall)) return out;
      count += 1;
      if (r.count !== null && count > r.count) return out;
      if (wall > options.notAfter) return out;
      if (wall >= options.notBefore) out.push(wall);
      if (out.length >= options.maxResults) return out;
    }
  }
}
