// Ready-made lists for the follow-ups page and the weekly digest.
import { addDays, isoWeekday } from "../time";
import { type Cadence, type CadenceStatus, cadenceStatus } from "./cadence";
import { requireDate } from "./errors";

export interface DueGroups<T> {
  overdue: T[];
  today: T[];
  /** After today, up to and including Sunday of the current ISO week (Monday start). */
  thisWeek: T[];
  later: T[];
}

/**
 * Sorts open follow-ups into overdue / today / rest of this week / later, each by due date
 * (ties keep their input order). Follow-ups already done are left out.
 */
export function groupDue<T extends { dueOn: string; doneOn?: string | null }>(
  followUps: readonly T[],
  today: string,
): DueGroups<T> {
  requireDate(today, "today");
  const sunday = addDays(today, 7 - isoWeekday(today));
  const groups: DueGroups<T> = { overdue: [], today: [], thisWeek: [], later: [] };
  const open = followUps.filter((f) => !f.doneOn).map((f) => ({ f, dueOn: requireDate(f.dueOn, "dueOn") }));
  // Array.prototype.sort is stable, and 'YYYY-MM-DD' strings sort in date order.
  open.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  for (const { f, dueOn } of open) {
    if (dueOn < today) groups.overdue.push(f);
    else if (dueOn === today) groups.today.push(f);
    else if (dueOn <= sunday) groups.thisWeek.push(f);
    else groups.later.push(f);
  }
  return groups;
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
