// How the team dashboard reads: periods, weeks, "3 days ago", and why someone may welcome a nudge.
import type { NudgeReason } from "@rapport/domain/dashboard";
import type { GoalMetric } from "@rapport/domain/goals";
import { addDays, daysBetween, isValidLocalDate, localDate, mondayOfIsoWeek } from "@rapport/domain/time";
// Relative, so the unit tests (which have no "~" alias) can load it.
import { dateFormat, dateYearFormat } from "../../../lib/dates";

const at = (date: string) => new Date(`${date}T12:00:00Z`);

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** '2026-11-27' → '27 Nov' ('27 Nov 2025' when `withYear`). */
export function day(date: string, withYear = false): string {
  return (withYear ? dateYearFormat : dateFormat).format(at(date));
}

/** "5 Sep – 27 Nov 2026", or "3 Dec 2025 – 27 Nov 2026" across a new year. */
export function period(range: { from: string; to: string }): string {
  if (range.from === range.to) return day(range.to, true);
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  return `${day(range.from, !sameYear)} – ${day(range.to, true)}`;
}

/** "12 weeks", "30 days", "1 year": how long the period is, in the unit a person would say. */
export function periodLength(days: number): string {
  if (days >= 365) return "1 year";
  if (days % 7 === 0 && days >= 14) return plural(days / 7, "week");
  return plural(days, "day");
}

/** "today", "yesterday", "3 days ago", "5 weeks ago", "never". */
export function ago(date: string | null, today: string): string {
  if (!date) return "never";
  const days = daysBetween(date, today);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `on ${day(date, date.slice(0, 4) !== today.slice(0, 4))}`;
}

/** A week by its Monday: "w/c 5 Sep" for screen readers and tables, "5 Sep" on an axis. */
export function weekLabel(weekStart: string): string {
  return day(weekStart);
}

/** '2026-W47' → 'Week 47 · from 16 Nov 2026'. */
export function isoWeekLabel(key: string): { week: string; from: string } {
  const [, week] = key.split("-W");
  return { week: `Week ${Number(week)}`, from: day(mondayOfIsoWeek(key), true) };
}

/** Why someone is on the "may need a nudge" list, in kind words, one line per reason. */
export function nudgeReasonLines(
  nudge: { reason: NudgeReason | null; lastActivityOn: string | null; sharedGoalsBehind: number },
  today: string,
): string[] {
  const lines: string[] = [];
  if (nudge.reason === "quiet" || nudge.reason === "both") {
    lines.push(
      nudge.lastActivityOn
        ? `Nothing logged for ${plural(daysBetween(nudge.lastActivityOn, today), "day")}`
        : "Nothing logged since joining the team",
    );
  }
  if (nudge.reason === "behind" || nudge.reason === "both") {
    lines.push(`Behind on ${plural(nudge.sharedGoalsBehind, "shared goal")}`);
  }
  return lines;
}

/**
 * "Nudged 2 days ago — again from 3 Dec" while the once-a-week rule holds a nudge back; "Nudged
 * 12 days ago" once it no longer does; null when the person was never nudged.
 */
export function nudgedNote(
  nudge: { lastNudgedAt: Date | null; blockedUntil: Date | null },
  today: string,
  timeZone: string,
): string | null {
  if (!nudge.lastNudgedAt) return null;
  const when = ago(localDate(nudge.lastNudgedAt, timeZone), today);
  if (!nudge.blockedUntil) return `Last nudged ${when}`;
  return `Nudged ${when} — again from ${day(localDate(nudge.blockedUntil, timeZone))}`;
}

/** Same day `months` earlier, clamped to the end of a shorter month (31 Aug − 6 months → 28 Feb). */
function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export interface Preset {
  label: string;
  from: string;
  to: string;
}

/** The quick periods beside the date fields, all ending today. */
export function presets(today: string): Preset[] {
  return [
    { label: "Last 30 days", from: addDays(today, -29), to: today },
    { label: "Last 12 weeks", from: addDays(today, -83), to: today },
    { label: "Last 6 months", from: addDays(monthsBefore(today, 6), 1), to: today },
    { label: "Last year", from: addDays(monthsBefore(today, 12), 1), to: today },
  ];
}

/** What the URL asked for: a date-shaped string or nothing; anything else is left for the API to refuse. */
export function rangeParam(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed.slice(0, 40) : undefined;
}

export function isDate(value: string | undefined): value is string {
  return value !== undefined && isValidLocalDate(value);
}

const UNITS: Record<GoalMetric, [string, string]> = {
  people_met: ["person", "people"],
  events_attended: ["event", "events"],
  follow_ups_done: ["follow-up", "follow-ups"],
  conversations: ["conversation", "conversations"],
  manual: ["", ""],
};

/** " events" after a count ("1 event", "2 events"); nothing for a goal counted by check-ins. */
export function unitAfter(metric: GoalMetric, n: number): string {
  const [one, many] = UNITS[metric];
  if (!one) return "";
  return ` ${n === 1 ? one : many}`;
}
