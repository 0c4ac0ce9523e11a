import { daysBetween, isValidLocalDate, localDate } from "../time";
import type { Goal } from "./goal";

export type PaceState = "not_started" | "ahead" | "on_track" | "behind" | "done" | "overdue";

/** How each pace state reads in a sentence or a spreadsheet cell. */
export const PACE_WORDS = {
  not_started: "not started",
  ahead: "ahead",
  on_track: "on track",
  behind: "behind",
  done: "done",
  overdue: "overdue",
} as const satisfies Record<PaceState, string>;
export type PaceWord = (typeof PACE_WORDS)[PaceState];

export interface GoalPace {
  state: PaceState;
  /** Progress the straight line from start to due expects by the start of today (2 decimals). */
  expected: number;
  progress: number;
  /** Whole percent of target reached, rounded down (so 100 means truly reached); may exceed 100. */
  percent: number;
}

/**
 * How far either side of the expected line still counts as on track: 10% of the target, but
 * never less than one whole activity. Counts move in whole steps, so being under one
 * activity behind the line is noise, not a reason to nudge anyone.
 */
export const PACE_TOLERANCE_SHARE = 0.1;
export const PACE_MIN_TOLERANCE = 1;

/**
 * Compares `progress` with a straight line from 0 on the start date to the target at the
 * end of the due date, using calendar days in the owner's `timeZone` (so DST changes and
 * late-evening activity land on the day the person lived them).
 *
 * The line is measured at the START of today: a day counts as elapsed only once it is over,
 * so nobody is "behind" at breakfast on the first day, and a one-day goal is on track all
 * day. Reaching the target (or marking the goal completed) is `done` whatever the date;
 * after the due date an unreached goal is `overdue`.
 */
export function goalPace(
  goal: Pick<Goal, "target" | "startDate" | "dueDate" | "status">,
  progress: number,
  now: Date,
  timeZone: string,
): GoalPace {
  assertGoalShape(goal);
  if (!Number.isFinite(progress) || progress < 0) {
    throw new RangeError(`Progress must be a number of at least 0, got ${progress}`);
  }
  const { target, startDate, dueDate } = goal;
  const today = localDate(now, timeZone);
  const totalDays = daysBetween(startDate, dueDate) + 1;
  const elapsedDays = Math.min(Math.max(daysBetween(startDate, today), 0), totalDays);
  const expected = (target * elapsedDays) / totalDays;
  // progress*100 first: 29/100*100 is 28.999…, which would floor to 28.
  const percent = Math.floor((progress * 100) / target);
  const result = (state: PaceState): GoalPace => ({
    state,
    expected: Math.round(expected * 100) / 100,
    progress,
    percent,
  });

  if (goal.status === "completed" || progress >= target) return result("done");
  if (today < startDate) return result("not_started");
  if (today > dueDate) return result("overdue");
  const tolerance = Math.max(target * PACE_TOLERANCE_SHARE, PACE_MIN_TOLERANCE);
  const gap = progress - expected;
  if (gap > tolerance) return result("ahead");
  if (gap < -tolerance) return result("behind");
  return result("on_track");
}

function assertGoalShape({ target, startDate, dueDate }: Pick<Goal, "target" | "startDate" | "dueDate">) {
  if (!Number.isFinite(target) || target <= 0) {
    throw new RangeError(`Goal target must be a positive number, got ${target}`);
  }
  if (!isValidLocalDate(startDate) || !isValidLocalDate(dueDate) || dueDate < startDate) {
    throw new RangeError(`Goal dates must be YYYY-MM-DD with due ≥ start, got ${startDate} → ${dueDate}`);
  }
}
