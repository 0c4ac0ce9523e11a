// The years people plan in. Anything outside is a typo or an attack (year 0001 or 9999 broke the goals page
// once), so inputs refuse it and reads of stored dates clamp to it before doing arithmetic.
import { isValidLocalDate } from "./calendar-dates";

export const SANE_DATES = { first: "1900-01-01", last: "2100-12-31" } as const;
const FIRST_INSTANT = Date.UTC(1900, 0, 1);
const LAST_INSTANT = Date.UTC(2101, 0, 1) - 1;

/** A real 'YYYY-MM-DD' date between 1900-01-01 and 2100-12-31. */
export function isSaneLocalDate(value: string): boolean {
  return isValidLocalDate(value) && value >= SANE_DATES.first && value <= SANE_DATES.last;
}

/** What an input says about a date outside the range; null when the date is fine. */
export function saneDateProblem(value: string, label: string): string | null {
  if (!isValidLocalDate(value)) return `Pick a valid ${label}.`;
  if (value < SANE_DATES.first || value > SANE_DATES.last)
    return `The ${label} must be between 1900 and 2100.`;
  return null;
}

/**
 * A stored date brought into the range (an unreadable value, or one before 1900, reads as 1900-01-01;
 * after 2100 as 2100-12-31), so date arithmetic on it cannot throw.
 */
export function clampLocalDate(value: string): string {
  if (!isValidLocalDate(value) || value < SANE_DATES.first) return SANE_DATES.first;
  return value > SANE_DATES.last ? SANE_DATES.last : value;
}

/** A stored instant brought into the same years; an invalid Date reads as the first instant. */
export function clampInstant(value: Date): Date {
  const t = value.getTime();
  if (Number.isNaN(t) || t < FIRST_INSTANT) return new Date(FIRST_INSTANT);
  return t > LAST_INSTANT ? new Date(LAST_INSTANT) : value;
}
