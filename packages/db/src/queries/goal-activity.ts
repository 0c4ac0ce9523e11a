// Where goal progress comes from. Progress for activity metrics is never typed in: it is counted from
// what the person logs elsewhere in Rapport (people met, interactions, follow-ups, event RSVPs).
import type { Activity } from "@rapport/domain/goals";
import { addDays, clampLocalDate, localDate } from "@rapport/domain/time";
import { and, gte, inArray, lt } from "drizzle-orm";
import type { Database } from "../client";
import { goalCheckIns } from "../schema";
import { conversationActivities, followUpDoneActivities, peopleMetActivities } from "./contact-activity";
import { attendedEventActivities } from "./events";
import type { ActivityRange, OrgScope, PeopleScope } from "./scope";

/** One source of logged activity for one person or several in one organisation, over an instant range. */
export type ActivitySource = (
  db: Database,
  who: OrgScope | PeopleScope,
  range: ActivityRange,
) => Promise<(Activity & { userId: string })[]>;

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

/**
 * Everything a person did in `range` that can move a goal, from every source, plus the manual
 * check-ins of the one goal named in `checkInsOf` (check-ins belong to a single goal, so they must not
 * leak into another goal's count).
 */
export async function listGoalActivities(
  db: Database,
  who: OrgScope,
  range: ActivityRange,
  checkInsOf?: { goalId: string },
): Promise<Activity[]> {
  const goalIds = checkInsOf ? [checkInsOf.goalId] : [];
  const [byPerson, checkIns] = await Promise.all([
    listActivitiesByPerson(db, { userIds: [who.userId], organisationId: who.organisationId }, range),
    listCheckInsByGoal(db, { goalIds }, range),
  ]);
  return [
    ...(byPerson.get(who.userId) ?? []),
    ...goalIds.flatMap((id) => checkIns.get(id)?.get(who.userId) ?? []),
  ];
}

/**
 * What several people did in `range`, by person, from every source: one statement per source however many
 * people (a goal list or a team goal measured each person on their own, four statements a person).
 * Check-ins are not included: they belong to one goal each (see `listCheckInsByGoal`).
 */
export async function listActivitiesByPerson(
  db: Database,
  who: PeopleScope,
  range: ActivityRange,
): Promise<Map<string, Activity[]>> {
  const byPerson = new Map<string, Activity[]>(who.userIds.map((id) => [id, []]));
  if (who.userIds.length === 0) return byPerson;
  const fromSources = await Promise.all(ACTIVITY_SOURCES.map((source) => source(db, who, range)));
  for (const { userId, ...activity } of fromSources.flat()) byPerson.get(userId)?.push(activity as Activity);
  return byPerson;
}

/**
 * Manual check-ins in `range` of several personal goals, or of several team goals, keyed by goal id and
 * then person (a team goal's check-ins are each member's share).
 */
export async function listCheckInsByGoal(
  db: Database,
  of: { goalIds: string[] } | { teamGoalIds: string[] },
  range: ActivityRange,
): Promise<Map<string, Map<string, Activity[]>>> {
  const ids = "goalIds" in of ? of.goalIds : of.teamGoalIds;
  const out = new Map<string, Map<string, Activity[]>>();
  if (ids.length === 0) return out;
  const column = "goalIds" in of ? goalCheckIns.goalId : goalCheckIns.teamGoalId;
  const rows = await db
    .select({ goalId: column, userId: goalCheckIns.userId, at: goalCheckIns.at, amount: goalCheckIns.amount })
    .from(goalCheckIns)
    .where(and(inArray(column, ids), gte(goalCheckIns.at, range.from), lt(goalCheckIns.at, range.to)));
  for (const row of rows) {
    if (!row.goalId) continue;
    const byPerson = out.get(row.goalId) ?? new Map<string, Activity[]>();
    out.set(row.goalId, byPerson);
    const list = byPerson.get(row.userId) ?? [];
    byPerson.set(row.userId, list);
    list.push({ kind: "check_in", at: row.at, amount: row.amount });
  }
  return out;
}

/** The smallest instant range holding every one of these goals' ranges (see `rangeForDates`). */
export function rangeForGoals(goals: { startDate: string; dueDate: string }[]): ActivityRange {
  const ranges = goals.map((g) => rangeForDates(g.startDate, g.dueDate));
  return {
    from: new Date(Math.min(...ranges.map((r) => r.from.getTime()))),
    to: new Date(Math.max(...ranges.map((r) => r.to.getTime()))),
  };
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
