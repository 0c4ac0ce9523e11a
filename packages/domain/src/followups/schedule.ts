// When the next follow-up with someone falls due. Dates are 'YYYY-MM-DD' in the person's own
// time zone throughout: people plan follow-ups by the day, not the instant.
import { addDays, daysBetween } from "../time";
import type { Cadence } from "./cadence";
import { FollowUpRuleError, requireDate } from "./errors";

/** A follow-up is proposed this many days after a first meeting: soon enough to be remembered. */
export const FIRST_FOLLOW_UP_DELAY_DAYS = 2;

export type FollowUpEvent =
  /** Push the follow-up back by a number of whole days. */
  | { kind: "snooze"; days: number }
  /** Move the follow-up to a chosen date (today or later). */
  | { kind: "snooze"; until: string }
  /** The follow-up happened; with a keep-in-touch cadence the next one is scheduled from today. */
  | { kind: "done"; cadence?: Cadence | null };

/** The follow-up to propose after first meeting someone on `metOn`. */
export function firstFollowUpDate(metOn: string): string {
  return addDays(requireDate(metOn, "metOn"), FIRST_FOLLOW_UP_DELAY_DAYS);
}

/**
 * The due date after `event` happens to a follow-up due on `dueOn`, or null when nothing further
 * is due (done, with no cadence to keep).
 *
 * Snoozing by N days counts from the later of today and the current due date, so snoozing an
 * overdue follow-up never leaves it overdue and snoozing a future one still pushes it back.
 */
export function nextFollowUp(dueOn: string, event: FollowUpEvent, today: string): string | null {
  requireDate(dueOn, "dueOn");
  requireDate(today, "today");
  if (event.kind === "done") {
    return event.cadence ? addDays(today, event.cadence.idealDays) : null;
  }
  if ("days" in event) {
    if (!Number.isInteger(event.days) || event.days < 1) {
      throw new FollowUpRuleError(`Snooze by a whole number of days, at least 1 (got ${event.days}).`);
    }
    const from = daysBetween(today, dueOn) > 0 ? dueOn : today;
    return addDays(from, event.days);
  }
  requireDate(event.until, "snooze date");
  if (daysBetween(today, event.until) < 0) {
    throw new FollowUpRuleError(
      `Cannot snooze to ${event.until}: that is before today (${today}). Pick today or a later date.`,
    );
  }
  return event.until;
}
