// Ready-made lists for the follow-ups page and the weekly digest.
import { addDays } from "../time";
import { endOfWeek } from "../words/dates";
import { type Cadence, type CadenceStatus, cadenceStatus } from "./cadence";
import { requireDate } from "./errors";

export interface DueGroups<T> {
  overdue: T[];
  today: T[];
  /** After today, up to and including the last day of the person's week. */
  thisWeek: T[];
  /** The whole of the person's following week: on the last day of a week, tomorrow is here, not in "later". */
  nextWeek: T[];
  later: T[];
}

/**
 * Sorts open follow-ups into overdue / today / rest of this week / next week / later, each by due date
 * (ties keep their input order). Weeks start on `weekStart` (ISO weekday, Monday = 1), the person's own
 * first day of the week. Follow-ups already done are left out.
 */
export function groupDue<T extends { dueOn: string; doneOn?: string | null }>(
  followUps: readonly T[],
  today: string,
  weekStart = 1,
): DueGroups<T> {
  requireDate(today, "today");
  const lastOfWeek = endOfWeek(today, weekStart);
  const lastOfNextWeek = addDays(lastOfWeek, 7);
  const groups: DueGroups<T> = { overdue: [], today: [], thisWeek: [], nextWeek: [], later: [] };
  const open = followUps.filter((f) => !f.doneOn).map((f) => ({ f, dueOn: requireDate(f.dueOn, "dueOn") }));
  // Array.prototype.sort is stable, and 'YYYY-MM-DD' strings sort in date order.
  open.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  for (const { f, dueOn } of open) {
    if (dueOn < today) groups.overdue.push(f);
    else if (dueOn === today) groups.today.push(f);
    else if (dueOn <= lastOfWeek) groups.thisWeek.push(f);
    else if (dueOn <= lastOfNextWeek) groups.nextWeek.push(f);
    else groups.later.push(f);
  }
  return groups;
}

/**
 * The follow-ups a week plan lists (Today and the digest): overdue, today and the rest of the week; on
 * the week's last day, the coming week too, so a Sunday plan is not empty while Monday is full.
 */
export function dueInWeekAhead<T>(groups: DueGroups<T>, today: string, weekStart = 1): T[] {
  const ahead = [...groups.overdue, ...groups.today, ...groups.thisWeek];
  return endOfWeek(today, weekStart) === today ? [...ahead, ...groups.nextWeek] : ahead;
}

export interface LosingTouchEntry<T> {
  contact: T;
  status: CadenceStatus;
}

/**
 * Contacts past their ideal keep-in-touch date (amber or red), the furthest past due first;
 * on a tie, the one further past its maximum comes first. Contacts without a cadence are left out.
 * `lastInteractionOn` should be the date they were added when nothing has been logged yet.
 */
export function losingTouch<T extends { cadence: Cadence | null; lastInteractionOn: string }>(
  contacts: readonly T[],
  today: string,
): LosingTouchEntry<T>[] {
  requireDate(today, "today");
  const entries: LosingTouchEntry<T>[] = [];
  for (const contact of contacts) {
    if (!contact.cadence) continue;
    const status = cadenceStatus(contact.lastInteractionOn, contact.cadence, today);
    if (status.status !== "green") entries.push({ contact, status });
  }
  entries.sort(
    (a, b) => b.status.daysOverIdeal - a.status.daysOverIdeal || b.status.daysOverMax - a.status.daysOverMax,
  );
  return entries;
}
