import { addDays, isoWeekKey, mondayOfIsoWeek, parseLocalDate, zonedTimeToUtc } from "../time";

export const DEFAULT_DIGEST_DAY = 1;
export const DEFAULT_DIGEST_HOUR = 8;

export interface DigestSchedule {
  /** ISO weekday, Monday = 1. */
  day: number;
  /** 0–23. */
  hour: number;
  timeZone: string;
}

/** The instant a person's digest for `weekKey` is due: their chosen weekday and hour, in their time zone. */
export function digestDueAt(weekKey: string, schedule: DigestSchedule): Date {
  assertSchedule(schedule);
  const date = addDays(mondayOfIsoWeek(weekKey), schedule.day - 1);
  const { year, month, day } = parseLocalDate(date);
  return zonedTimeToUtc({ year, month, day, hour: schedule.hour, minute: 0 }, schedule.timeZone);
}

/**
 * Which week's digest is due for this person at `now`, or null when this week's send time has not
 * come yet. The week is the person's own ISO week, so someone in Auckland and someone in Hawaii each
 * get "Monday 08:00" on their own Monday.
 */
export function dueDigestWeek(now: Date, schedule: DigestSchedule): { weekKey: string; dueAt: Date } | null {
  const weekKey = isoWeekKey(now, schedule.timeZone);
  const dueAt = digestDueAt(weekKey, schedule);
  return now.getTime() >= dueAt.getTime() ? { weekKey, dueAt } : null;
}

export function isValidDigestDay(day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= 7;
}

export function isValidDigestHour(hour: number): boolean {
  return Number.isInteger(hour) && hour >= 0 && hour <= 23;
}

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** "Monday", … for an ISO weekday. */
export function digestDayName(day: number): string {
  return DAY_NAMES[day - 1] ?? "Monday";
}

function assertSchedule({ day, hour }: DigestSchedule) {
  if (!isValidDigestDay(day)) throw new RangeError(`Digest day must be 1 (Monday) to 7 (Sunday), got ${day}`);
  if (!isValidDigestHour(hour)) throw new RangeError(`Digest hour must be 0 to 23, got ${hour}`);
}
