// The rules of the manager's team dashboard: which period it covers, how rates are worked out, when a
// team's barrier profile may be shown, and who might welcome a nudge. Only numbers go in and out.
import { BARRIER_IDS, type BarrierId } from "../barriers/types";
import { invalid } from "../errors";
import type { PaceState } from "../goals/pace";
import { addDays, daysBetween, isoWeekday, isValidLocalDate } from "../time";

/** A team's barrier profile is an average of people's answers; below this many people it is withheld. */
export const SMALL_GROUP_MIN = 3;
/** No activity logged for this many days puts someone on the "may need a nudge" list. */
export const QUIET_DAYS = 21;
/** A manager can nudge the same person once in this many days. */
export const NUDGE_COOLDOWN_DAYS = 7;
/** The default period: the last twelve weeks, today included. */
export const DEFAULT_RANGE_DAYS = 84;
/** The longest period the dashboard covers at once. */
export const MAX_RANGE_DAYS = 366;
/** The fixed windows of the member table, ending on the range's last day. */
export const WINDOW_DAYS = [30, 90] as const;

export interface DashboardRange {
  /** First day, 'YYYY-MM-DD', inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  /** Number of days covered. */
  days: number;
  /** First days of the 30- and 90-day windows that end on `to`. */
  last30From: string;
  last90From: string;
}

/**
 * The period asked for, checked: both ends are real dates, the start is not after the end, the end is
 * not after today and it spans at most MAX_RANGE_DAYS. Missing ends default to the twelve weeks up to
 * today. Errors name the field so the form can show them beside it.
 */
export function resolveRange(
  input: { from?: string | null; to?: string | null },
  today: string,
): DashboardRange {
  const to = input.to || today;
  if (!isValidLocalDate(to)) throw invalid(`The end date "${to}" is not a date (use YYYY-MM-DD).`, "to");
  if (to > today) throw invalid("The period must end today or earlier.", "to");
  const from = input.from || addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (!isValidLocalDate(from))
    throw invalid(`The start date "${from}" is not a date (use YYYY-MM-DD).`, "from");
  if (from > to) throw invalid("The start date must be on or before the end date.", "from");
  const days = daysBetween(from, to) + 1;
  if (days > MAX_RANGE_DAYS) {
    throw invalid(`The period can be at most ${MAX_RANGE_DAYS} days; this one is ${days}.`, "from");
  }
  return { from, to, days, last30From: addDays(to, -29), last90From: addDays(to, -89) };
}

/** Whole percent of follow-ups done by their first due date; null when none were done (no rate to show). */
export function onTimeRate(done: number, onTime: number): number | null {
  if (done <= 0) return null;
  return Math.round((Math.min(onTime, done) * 100) / done);
}

/** The Monday of the week holding `date`. */
export function weekStartOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The Mondays of every week the range touches, oldest first. */
export function weekStartsBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = weekStartOf(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

export const TREND_SERIES = ["peopleMet", "conversations", "followUpsDone", "eventsAttended"] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];
export type TrendPoint = { weekStart: string } & Record<TrendSeries, number>;

/** One row per week of the range, in order; weeks missing from `rows` get `empty`, rows outside the range are dropped. */
export function fillWeeks<T extends object>(
  range: Pick<DashboardRange, "from" | "to">,
  rows: readonly (Partial<T> & { weekStart: string })[],
  empty: T,
): ({ weekStart: string } & T)[] {
  const byWeek = new Map(rows.map((r) => [r.weekStart, r]));
  return weekStartsBetween(range.from, range.to).map((weekStart) => {
    const row = byWeek.get(weekStart);
    const filled = { ...empty };
    for (const key of Object.keys(empty) as (keyof T)[]) {
      const value = row?.[key];
      if (value !== undefined)
        filled[key] = (typeof empty[key] === "number" ? Number(value) : value) as T[keyof T];
    }
    return { weekStart, ...filled };
  });
}

/** The team's weekly activity, one point per week of the range, weeks with nothing logged at zero. */
export function fillWeeklyTrend(
  range: Pick<DashboardRange, "from" | "to">,
  rows: readonly Partial<TrendPoint>[],
): TrendPoint[] {
  const known = rows.filter(
    (r): r is Partial<TrendPoint> & { weekStart: string } => typeof r.weekStart === "string",
  );
  return fillWeeks(range, known, { peopleMet: 0, conversations: 0, followUpsDone: 0, eventsAttended: 0 });
}

/** Pace states that mean a shared goal needs attention. */
export function isBehind(state: PaceState): boolean {
  return state === "behind" || state === "overdue";
}

export interface SharedGoalsSummary {
  total: number;
  behind: number;
  done: number;
  /** on track, ahead or not started yet */
  fine: number;
}

export function summariseSharedGoals(states: readonly PaceState[]): SharedGoalsSummary {
  const behind = states.filter(isBehind).length;
  const done = states.filter((s) => s === "done").length;
  return { total: states.length, behind, done, fine: states.length - behind - done };
}

export type NudgeReason = "quiet" | "behind" | "both";

/**
 * Whether someone may need a nudge, and why: nothing logged for QUIET_DAYS days (someone who joined
 * the team more recently than that is not "quiet" yet), or behind on a goal they shared with the team.
 */
export function nudgeReason(input: {
  today: string;
  /** Their most recent activity, or null if none ever. */
  lastActivityOn: string | null;
  /** When they joined the team. */
  joinedOn: string;
  /** How many of their shared goals are behind or overdue. */
  sharedGoalsBehind: number;
}): NudgeReason | null {
  const since = input.lastActivityOn ?? input.joinedOn;
  const quiet = daysBetween(since, input.today) >= QUIET_DAYS;
  const behind = input.sharedGoalsBehind > 0;
  if (quiet && behind) return "both";
  if (quiet) return "quiet";
  if (behind) return "behind";
  return null;
}

/** When the next nudge to someone is allowed, or null if one may be sent now. */
export function nudgeBlockedUntil(lastNudgedAt: Date | null, now: Date): Date | null {
  if (!lastNudgedAt) return null;
  const until = new Date(lastNudgedAt.getTime() + NUDGE_COOLDOWN_DAYS * 86_400_000);
  return until > now ? until : null;
}

export type TeamBarrierProfile =
  | { shown: true; respondents: number; scores: Record<BarrierId, number>; ranked: BarrierId[] }
  | { shown: false; respondents: number; needed: number };

/**
 * The team's barrier profile: each barrier's average score over members' latest assessments, ranked
 * strongest first. Withheld below SMALL_GROUP_MIN respondents, so nobody's answers can be read off
 * an average of one or two people.
 */
export function teamBarrierProfile(profiles: readonly Partial<Record<string, number>>[]): TeamBarrierProfile {
  const respondents = profiles.length;
  if (respondents < SMALL_GROUP_MIN) return { shown: false, respondents, needed: SMALL_GROUP_MIN };
  const scores = {} as Record<BarrierId, number>;
  for (const id of BARRIER_IDS) {
    const values = profiles
      .map((p) => p[id])
      .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    scores[id] = values.length === 0 ? 0 : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  }
  // Stable sort keeps catalogue order for ties.
  const ranked = [...BARRIER_IDS].sort((a, b) => scores[b] - scores[a]);
  return { shown: true, respondents, scores, ranked };
}

export interface MemberNumbers {
  peopleMet30: number;
  peopleMet90: number;
  conversations30: number;
  conversations90: number;
  peopleMetInRange: number;
  conversationsInRange: number;
  followUpsDone: number;
  followUpsOnTime: number;
  overdueFollowUps: number;
  eventsAttended: number;
}

export type TeamTotals = MemberNumbers & {
  members: number;
  /** Whole percent of the team's follow-ups done on time, or null. */
  onTimeRate: number | null;
  /** Members with anything logged in the range's last 30 days. */
  activeLast30: number;
};

/** The team's totals row: sums, and the on-time rate of the sums (not an average of rates). */
export function teamTotals(members: readonly (MemberNumbers & { activeLast30: boolean })[]): TeamTotals {
  const sum = (key: keyof MemberNumbers) => members.reduce((total, m) => total + m[key], 0);
  const followUpsDone = sum("followUpsDone");
  const followUpsOnTime = sum("followUpsOnTime");
  return {
    members: members.length,
    peopleMet30: sum("peopleMet30"),
    peopleMet90: sum("peopleMet90"),
    conversations30: sum("conversations30"),
    conversations90: sum("conversations90"),
    peopleMetInRange: sum("peopleMetInRange"),
    conversationsInRange: sum("conversationsInRange"),
    followUpsDone,
    followUpsOnTime,
    overdueFollowUps: sum("overdueFollowUps"),
    eventsAttended: sum("eventsAttended"),
    onTimeRate: onTimeRate(followUpsDone, followUpsOnTime),
    activeLast30: members.filter((m) => m.activeLast30).length,
  };
}
