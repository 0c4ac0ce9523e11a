// Where goal progress comes from. Progress for activity metrics is never typed in: it is counted from
// what the person logs elsewhere in Rapport (people met, interactions, follow-ups, event RSVPs).
import type { Activity } from "@rapport/domain/goals";
import { addDays, clampLocalDate, localDate } from "@rapport/domain/time";
import { and, eq, gte, lt } from "drizzle-orm";
import type { Database } from "../client";
import { goalCheckIns } from "../schema";
import { conversationActivities, followUpDoneActivities, peopleMetActivities } from "./contact-activity";
import { attendedEventActivities } from "./events";
import type { OrgScope } from "./scope";

export interface ActivityRange {
  /** Inclusive instant. */
  from: Date;
  /** Exclusive instant. */
  to: Date;
}

/** One source of logged activity for a person in one organisation, over an instant range. */
export type ActivitySource = (db: Database, who: OrgScope, range: ActivityRange) => Promise<Activity[]>;

/**
 * The places activity is logged: people met (new contacts), conversations (interactions), follow-ups
 * done, and events marked attended. A new source of goal progress adds one function here.
 */
export const ACTIVITY_SOURCES: ActivitySource[] = [
  peopleMetActivities,
  conversationActivities,
  followUpDoneActivities,
  attendedEventActivities,
];

/** Which manual check-ins to include: those of one personal goal, or of the person's share of a team goal. */
export type CheckInsOf = { goalId: string } | { teamGoalId: string };

/**
 * Everything a person did in `range` that can move a goal, from every source, plus the manual
 * check-ins of the one goal named in `checkInsOf` (check-ins belong to a single goal, so they must not
 * leak into another goal's count).
 */
export async function listGoalActivities(
  db: Database,
  who: OrgScope,
  range: ActivityRange,
  checkInsOf?: CheckInsOf,
): Promise<Activity[]> {
  const fromSources = await Promise.all(ACTIVITY_SOURCES.map((source) => source(db, who, range)));
  const checkIns = checkInsOf ? await listCheckInActivities(db, who.userId, range, checkInsOf) : [];
  return [...fromSources.flat(), ...checkIns];
}

async function listCheckInActivities(
  db: Database,
  userId: string,
  range: ActivityRange,
  of: CheckInsOf,
): Promise<Activity[]> {
  const rows = await db
    .select({ at: goalCheckIns.at, amount: goalCheckIns.amount })
    .from(goalCheckIns)
    .where(
      and(
        eq(goalCheckIns.userId, userId),
        "goalId" in of ? eq(goalCheckIns.goalId, of.goalId) : eq(goalCheckIns.teamGoalId, of.teamGoalId),
        gte(goalCheckIns.at, range.from),
        lt(goalCheckIns.at, range.to),
      ),
    );
  return rows.map((row) => ({ kind: "check_in" as const, at: row.at, amount: row.amount }));
}

/**
 * An instant range sure to contain every moment whose local date (in any zone) lies between the
 * two dates: a day of slack each side; countProgress then applies the exact local-date rule.
 */
export function rangeForDates(startDate: string, dueDate: string): ActivityRange {
  // Stored dates are clamped to 1900–2100 first: year 9999 plus two days has no ISO instant.
  return {
    from: new Date(`${addDays(clampLocalDate(startDate), -1)}T00:00:00Z`),
    to: new Date(`${addDays(clampLocalDate(dueDate), 2)}T00:00:00Z`),
  };
}

/** Today's local date for someone in `timeZone`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return localDate(now, timeZone);
}
