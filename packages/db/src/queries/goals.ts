// A person's goals, their action plans and manual check-ins. Private goals answer "not found" to
// everyone but their owner, whatever that person's role; team-shared goals are readable (never
// writable) by people who share a team with the owner.
import { conflict, invalid, notFound } from "@rapport/domain";
import {
  countProgress,
  type GoalCategory,
  type GoalMetric,
  type GoalStatus,
  goalPace,
  progressHistory,
} from "@rapport/domain/goals";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { goalCheckIns, goalSteps, goals, teamMembers, teams, users } from "../schema";
import {
  listActivitiesByPerson,
  listCheckInsByGoal,
  listGoalActivities,
  rangeForDates,
  rangeForGoals,
  todayIn,
} from "./goal-activity";
import type { OrgScope } from "./scope";

export interface GoalInput {
  title: string;
  why: string;
  category: GoalCategory;
  metric: GoalMetric;
  target: number;
  startDate: string;
  dueDate: string;
  visibility: "private" | "team";
  templateId?: string | null;
}

type GoalRow = typeof goals.$inferSelect;

/** Progress and pace of one goal, counted from its owner's activity in the owner's time zone. */
async function measure(db: Database, goal: GoalRow, owner: { id: string; timeZone: string }, now: Date) {
  const activities = await listGoalActivities(
    db,
    { userId: owner.id, organisationId: goal.organisationId },
    rangeForDates(goal.startDate, goal.dueDate),
    goal.metric === "manual" ? { goalId: goal.id } : undefined,
  );
  const progress = countProgress(goal, activities, owner.timeZone);
  return { activities, progress, pace: goalPace(goal, progress, now, owner.timeZone) };
}

async function stepCounts(db: Database, goalIds: string[]) {
  if (goalIds.length === 0) return new Map<string, { done: number; total: number }>();
  const rows = await db
    .select({
      goalId: goalSteps.goalId,
      total: sql<number>`count(*)::int`,
      done: sql<number>`count(${goalSteps.doneAt})::int`,
    })
    .from(goalSteps)
    .where(inArray(goalSteps.goalId, goalIds))
    .groupBy(goalSteps.goalId);
  return new Map(rows.map((r) => [r.goalId, { done: r.done, total: r.total }]));
}

async function ownerOf(db: Database, userId: string) {
  const [owner] = await db
    .select({ id: users.id, name: users.name, email: users.email, timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, userId));
  if (!owner) throw notFound("The person");
  return owner;
}

/**
 * Goals with their owner's name, progress, pace and step counts, in a fixed number of statements however
 * many goals and owners: steps, owners, each activity source once for all owners over the goals' joint
 * range, and the manual goals' check-ins.
 */
async function summarise(db: Database, organisationId: string, rows: GoalRow[], now: Date) {
  if (rows.length === 0) return [];
  const ownerIds = [...new Set(rows.map((r) => r.userId))];
  const manual = rows.filter((r) => r.metric === "manual").map((r) => r.id);
  const range = rangeForGoals(rows);
  const [steps, owners, activities, checkIns] = await Promise.all([
    stepCounts(
      db,
      rows.map((r) => r.id),
    ),
    db
      .select({ id: users.id, name: users.name, email: users.email, timeZone: users.timeZone })
      .from(users)
      .where(inArray(users.id, ownerIds)),
    listActivitiesByPerson(db, { userIds: ownerIds, organisationId }, range),
    listCheckInsByGoal(db, { goalIds: manual }, range),
  ]);
  const ownerById = new Map(owners.map((o) => [o.id, o]));
  return rows.map((goal) => {
    const owner = ownerById.get(goal.userId);
    if (!owner) throw notFound("The person");
    const logged = [
      ...(activities.get(goal.userId) ?? []),
      ...(checkIns.get(goal.id)?.get(goal.userId) ?? []),
    ];
    const progress = countProgress(goal, logged, owner.timeZone);
    return {
      ...goal,
      ownerName: owner.name ?? owner.email,
      progress,
      pace: goalPace(goal, progress, now, owner.timeZone),
      steps: steps.get(goal.id) ?? { done: 0, total: 0 },
    };
  });
}

export type GoalSummary = Awaited<ReturnType<typeof summarise>>[number];

/** My goals in this organisation, every status, newest first. */
export async function listMyGoals(db: Database, scope: OrgScope, now = new Date()) {
  const rows = await db
    .select()
    .from(goals)
    .where(and(eq(goals.organisationId, scope.organisationId), eq(goals.userId, scope.userId)))
    .orderBy(desc(goals.createdAt));
  return summarise(db, scope.organisationId, rows, now);
}

/** Active goals my teammates chose to share with a team we are both in. Never private ones. */
export async function listTeammatesSharedGoals(db: Database, scope: OrgScope, now = new Date()) {
  const rows = await db
    .select()
    .from(goals)
    .where(
      and(
        eq(goals.organisationId, scope.organisationId),
        eq(goals.visibility, "team"),
        eq(goals.status, "active"),
        ne(goals.userId, scope.userId),
        sql`${goals.userId} in (${sharedTeammates(scope)})`,
      ),
    )
    .orderBy(asc(goals.dueDate));
  return summarise(db, scope.organisationId, rows, now);
}

/** People who share at least one team of the organisation with the caller. */
function sharedTeammates(scope: OrgScope) {
  return sql`select other.user_id from ${teamMembers} mine
    join ${teamMembers} other on other.team_id = mine.team_id
    join ${teams} t on t.id = mine.team_id
    where mine.user_id = ${scope.userId} and t.organisation_id = ${scope.organisationId}`;
}

/** A goal the caller may read: their own, or a teammate's shared one. Anything else is "not found". */
async function readableGoal(db: Database, scope: OrgScope, goalId: string) {
  const [goal] = await db
    .select()
    .from(goals)
    .where(
      and(
        eq(goals.id, goalId),
        eq(goals.organisationId, scope.organisationId),
        sql`(${goals.userId} = ${scope.userId} or (${goals.visibility} = 'team' and ${goals.userId} in (${sharedTeammates(scope)})))`,
      ),
    );
  if (!goal) throw notFound("The goal");
  return goal;
}

/** A goal the caller owns; only owners change goals. */
async function ownGoal(db: Database, scope: OrgScope, goalId: string) {
  const [goal] = await db
    .select()
    .from(goals)
    .where(
      and(
        eq(goals.id, goalId),
        eq(goals.organisationId, scope.organisationId),
        eq(goals.userId, scope.userId),
      ),
    );
  if (!goal) throw notFound("The goal");
  return goal;
}

/** One goal with its plan, progress, pace and weekly history. Check-in notes only for the owner. */
export async function getGoal(db: Database, scope: OrgScope, goalId: string, now = new Date()) {
  const goal = await readableGoal(db, scope, goalId);
  const owner = await ownerOf(db, goal.userId);
  const isOwner = goal.userId === scope.userId;
  const { activities, progress, pace } = await measure(db, goal, owner, now);
  const steps = await db
    .select()
    .from(goalSteps)
    .where(eq(goalSteps.goalId, goal.id))
    .orderBy(asc(goalSteps.position), asc(goalSteps.createdAt));
  const checkIns =
    isOwner && goal.metric === "manual"
      ? await db
          .select({
            id: goalCheckIns.id,
            amount: goalCheckIns.amount,
            note: goalCheckIns.note,
            at: goalCheckIns.at,
          })
          .from(goalCheckIns)
          .where(eq(goalCheckIns.goalId, goal.id))
          .orderBy(desc(goalCheckIns.at))
      : [];
  return {
    goal,
    owner: { name: owner.name ?? owner.email, timeZone: owner.timeZone },
    isOwner,
    progress,
    pace,
    history: progressHistory(goal, activities, todayIn(owner.timeZone, now), owner.timeZone),
    steps,
    checkIns,
  };
}

/** Creates a goal with its first plan steps, in one transaction. */
export async function createGoal(db: Database, scope: OrgScope, input: GoalInput & { steps?: string[] }) {
  return db.transaction(async (tx) => {
    const { steps = [], ...values } = input;
    const [goal] = await tx
      .insert(goals)
      .values({ ...values, organisationId: scope.organisationId, userId: scope.userId })
      .returning();
    if (!goal) throw conflict("The goal could not be saved.");
    const titles = steps.map((s) => s.trim()).filter(Boolean);
    if (titles.length > 0)
      await tx
        .insert(goalSteps)
        .values(titles.map((title, position) => ({ goalId: goal.id, title, position })));
    return goal;
  });
}

export async function updateGoal(db: Database, scope: OrgScope, goalId: string, input: GoalInput) {
  await ownGoal(db, scope, goalId);
  const [goal] = await db.update(goals).set(input).where(eq(goals.id, goalId)).returning();
  if (!goal) throw notFound("The goal");
  return goal;
}

/** Completes, archives or reopens a goal. */
export async function setGoalStatus(db: Database, scope: OrgScope, goalId: string, status: GoalStatus) {
  await ownGoal(db, scope, goalId);
  const now = new Date();
  const [goal] = await db
    .update(goals)
    .set({
      status,
      completedAt: status === "completed" ? now : null,
      archivedAt: status === "archived" ? now : null,
    })
    .where(eq(goals.id, goalId))
    .returning();
  if (!goal) throw notFound("The goal");
  return goal;
}

export async function deleteGoal(db: Database, scope: OrgScope, goalId: string) {
  await ownGoal(db, scope, goalId);
  await db.delete(goals).where(eq(goals.id, goalId));
}

/** Adds a step at the end of the plan. */
export async function addGoalStep(
  db: Database,
  scope: OrgScope,
  goalId: string,
  input: { title: string; dueDate?: string | null },
) {
  await ownGoal(db, scope, goalId);
  const [{ next } = { next: 0 }] = await db
    .select({ next: sql<number>`coalesce(max(${goalSteps.position}) + 1, 0)::int` })
    .from(goalSteps)
    .where(eq(goalSteps.goalId, goalId));
  const [step] = await db
    .insert(goalSteps)
    .values({ goalId, title: input.title, dueDate: input.dueDate ?? null, position: next })
    .returning();
  return step;
}

async function ownStep(db: Database, scope: OrgScope, stepId: string) {
  const [row] = await db
    .select({ step: goalSteps })
    .from(goalSteps)
    .innerJoin(goals, eq(goals.id, goalSteps.goalId))
    .where(
      and(
        eq(goalSteps.id, stepId),
        eq(goals.organisationId, scope.organisationId),
        eq(goals.userId, scope.userId),
      ),
    );
  if (!row) throw notFound("The step");
  return row.step;
}

export async function setGoalStepDone(db: Database, scope: OrgScope, stepId: string, done: boolean) {
  await ownStep(db, scope, stepId);
  const [step] = await db
    .update(goalSteps)
    .set({ doneAt: done ? new Date() : null })
    .where(eq(goalSteps.id, stepId))
    .returning();
  return step;
}

export async function removeGoalStep(db: Database, scope: OrgScope, stepId: string) {
  await ownStep(db, scope, stepId);
  await db.delete(goalSteps).where(eq(goalSteps.id, stepId));
}

/** Swaps a step with its neighbour above or below, in one transaction. */
export async function moveGoalStep(db: Database, scope: OrgScope, stepId: string, direction: "up" | "down") {
  return db.transaction(async (tx) => {
    const step = await ownStep(tx, scope, stepId);
    const siblings = await tx
      .select()
      .from(goalSteps)
      .where(eq(goalSteps.goalId, step.goalId))
      .orderBy(asc(goalSteps.position), asc(goalSteps.createdAt));
    const index = siblings.findIndex((s) => s.id === stepId);
    const other = siblings[direction === "up" ? index - 1 : index + 1];
    if (!other) return;
    // Renumber the whole plan so equal positions (from older data) cannot make the swap a no-op.
    const order = siblings.map((s) => s.id);
    order[index] = other.id;
    order[siblings.indexOf(other)] = stepId;
    for (const [position, id] of order.entries())
      await tx.update(goalSteps).set({ position }).where(eq(goalSteps.id, id));
  });
}

/** Records manual progress on a goal measured by check-ins. */
export async function addGoalCheckIn(
  db: Database,
  scope: OrgScope,
  goalId: string,
  input: { amount: number; note: string; at?: Date },
) {
  const goal = await ownGoal(db, scope, goalId);
  if (goal.metric !== "manual")
    throw invalid(
      "This goal counts what you log in Rapport (people, conversations, events), so there is nothing to check in by hand.",
      "amount",
    );
  const [checkIn] = await db
    .insert(goalCheckIns)
    .values({
      userId: scope.userId,
      goalId,
      amount: input.amount,
      note: input.note,
      at: input.at ?? new Date(),
    })
    .returning();
  return checkIn;
}

export async function removeGoalCheckIn(db: Database, scope: OrgScope, checkInId: string) {
  const [row] = await db
    .select({ id: goalCheckIns.id })
    .from(goalCheckIns)
    .innerJoin(goals, eq(goals.id, goalCheckIns.goalId))
    .where(
      and(
        eq(goalCheckIns.id, checkInId),
        eq(goals.organisationId, scope.organisationId),
        eq(goals.userId, scope.userId),
      ),
    );
  if (!row) throw notFound("The check-in");
  await db.delete(goalCheckIns).where(eq(goalCheckIns.id, checkInId));
}
