// Goals a manager sets for the whole team, with the same target for each member. Visible to the
// team's people; per-member figures (counts only) to the team's managers.
import { conflict, invalid, notFound } from "@rapport/domain";
import {
  countProgress,
  type GoalMetric,
  type GoalStatus,
  goalPace,
  memberShares,
} from "@rapport/domain/goals";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { goalCheckIns, organisations, teamGoals, teamMembers, teams, users } from "../schema";
import { listActivitiesByPerson, listCheckInsByGoal, rangeForGoals } from "./goal-activity";
import type { OrgScope } from "./scope";

export interface TeamGoalInput {
  title: string;
  why: string;
  metric: GoalMetric;
  perMemberTarget: number;
  startDate: string;
  dueDate: string;
}

type TeamGoalRow = typeof teamGoals.$inferSelect;

/** The people team goals count: each team's employees (managers set goals, they are not measured by them). */
async function countedMembers(db: Database, teamIds: string[]) {
  return db
    .select({
      teamId: teamMembers.teamId,
      userId: users.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(inArray(teamMembers.teamId, teamIds), eq(teamMembers.role, "employee")))
    .orderBy(asc(sql`coalesce(${users.name}, ${users.email})`));
}

/**
 * Each goal's members, their shares and the team's pace, in a fixed number of statements however many
 * goals and members: the members, the organisation's time zone, each activity source once for everyone
 * over the goals' joint range, and the manual goals' check-ins.
 */
async function measureTeamGoals(db: Database, organisationId: string, goals: TeamGoalRow[], now: Date) {
  if (goals.length === 0) return new Map<string, Awaited<ReturnType<typeof measureOne>>>();
  const range = rangeForGoals(goals);
  const members = await countedMembers(db, [...new Set(goals.map((g) => g.teamId))]);
  const manual = goals.filter((g) => g.metric === "manual").map((g) => g.id);
  const [activities, checkIns, [org]] = await Promise.all([
    listActivitiesByPerson(
      db,
      { userIds: [...new Set(members.map((m) => m.userId))], organisationId },
      range,
    ),
    listCheckInsByGoal(db, { teamGoalIds: manual }, range),
    db
      .select({ timeZone: organisations.timeZone })
      .from(organisations)
      .where(eq(organisations.id, organisationId)),
  ]);
  function measureOne(goal: TeamGoalRow) {
    const counted = members.filter((m) => m.teamId === goal.teamId);
    const progressByMember: Record<string, number> = {};
    for (const m of counted) {
      const logged = [...(activities.get(m.userId) ?? []), ...(checkIns.get(goal.id)?.get(m.userId) ?? [])];
      progressByMember[m.userId] = countProgress(goal, logged, m.timeZone);
    }
    const shares = memberShares(goal.perMemberTarget, progressByMember);
    // The team's pace: the team total against the team target, on the organisation's calendar (its
    // time zone), since members may be spread over several zones.
    const pace = goalPace(
      { ...goal, target: Math.max(shares.team.target, 1) },
      shares.team.progress,
      now,
      org?.timeZone ?? "UTC",
    );
    return { members: counted, shares, pace };
  }
  return new Map(goals.map((g) => [g.id, measureOne(g)]));
}

async function measureTeamGoal(db: Database, goal: TeamGoalRow, now: Date) {
  const measured = (await measureTeamGoals(db, goal.organisationId, [goal], now)).get(goal.id);
  if (!measured) throw notFound("The team goal");
  return measured;
}

async function teamsOf(db: Database, scope: OrgScope) {
  return db
    .select({ teamId: teams.id, name: teams.name, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.userId, scope.userId), eq(teams.organisationId, scope.organisationId)));
}

/** Team goals of every team I am in, with my share (if I am counted) and the team's. */
export async function listMyTeamGoals(db: Database, scope: OrgScope, now = new Date()) {
  const mine = await teamsOf(db, scope);
  if (mine.length === 0) return [];
  const rows = await db
    .select()
    .from(teamGoals)
    .where(
      and(
        eq(teamGoals.organisationId, scope.organisationId),
        inArray(
          teamGoals.teamId,
          mine.map((t) => t.teamId),
        ),
      ),
    )
    .orderBy(asc(teamGoals.status), asc(teamGoals.dueDate));
  const measured = await measureTeamGoals(db, scope.organisationId, rows, now);
  const out = [];
  for (const goal of rows) {
    const team = mine.find((t) => t.teamId === goal.teamId);
    const m = measured.get(goal.id);
    if (!m) continue;
    const { shares, pace } = m;
    out.push({
      ...goal,
      teamName: team?.name ?? "",
      isManager: team?.role === "manager",
      myShare: shares.members.find((m) => m.memberId === scope.userId) ?? null,
      team: shares.team,
      memberCount: shares.members.length,
      pace,
    });
  }
  return out;
}

/** One team goal, for someone in its team. Managers also get each member's count (never more). */
export async function getTeamGoal(db: Database, scope: OrgScope, teamGoalId: string, now = new Date()) {
  const [goal] = await db
    .select()
    .from(teamGoals)
    .where(and(eq(teamGoals.id, teamGoalId), eq(teamGoals.organisationId, scope.organisationId)));
  const team = goal ? (await teamsOf(db, scope)).find((t) => t.teamId === goal.teamId) : undefined;
  if (!goal || !team) throw notFound("The team goal");
  const { members, shares, pace } = await measureTeamGoal(db, goal, now);
  const isManager = team.role === "manager";
  const myCheckIns =
    goal.metric === "manual"
      ? await db
          .select({
            id: goalCheckIns.id,
            amount: goalCheckIns.amount,
            note: goalCheckIns.note,
            at: goalCheckIns.at,
          })
          .from(goalCheckIns)
          .where(and(eq(goalCheckIns.teamGoalId, goal.id), eq(goalCheckIns.userId, scope.userId)))
          .orderBy(desc(goalCheckIns.at))
      : [];
  return {
    goal,
    teamName: team.name,
    isManager,
    myShare: shares.members.find((m) => m.memberId === scope.userId) ?? null,
    team: shares.team,
    pace,
    members: isManager
      ? shares.members.map((share) => {
          const person = members.find((m) => m.userId === share.memberId);
          return { ...share, name: person?.name ?? person?.email ?? "" };
        })
      : null,
    myCheckIns,
  };
}

/** Sets a goal for a team; the caller's right to do so is checked by the procedure (team manager). */
export async function createTeamGoal(db: Database, scope: OrgScope, teamId: string, input: TeamGoalInput) {
  const [goal] = await db
    .insert(teamGoals)
    .values({ ...input, teamId, organisationId: scope.organisationId, createdBy: scope.userId })
    .returning();
  if (!goal) throw conflict("The team goal could not be saved.");
  return goal;
}

async function teamGoalOfTeam(db: Database, scope: OrgScope, teamId: string, teamGoalId: string) {
  const [goal] = await db
    .select()
    .from(teamGoals)
    .where(
      and(
        eq(teamGoals.id, teamGoalId),
        eq(teamGoals.teamId, teamId),
        eq(teamGoals.organisationId, scope.organisationId),
      ),
    );
  if (!goal) throw notFound("The team goal");
  return goal;
}

export async function setTeamGoalStatus(
  db: Database,
  scope: OrgScope,
  teamId: string,
  teamGoalId: string,
  status: GoalStatus,
) {
  await teamGoalOfTeam(db, scope, teamId, teamGoalId);
  const [goal] = await db.update(teamGoals).set({ status }).where(eq(teamGoals.id, teamGoalId)).returning();
  return goal;
}

/** Changes a team goal's aim, numbers or dates; members' progress is recounted from what they logged. */
export async function updateTeamGoal(
  db: Database,
  scope: OrgScope,
  teamId: string,
  teamGoalId: string,
  input: TeamGoalInput,
) {
  await teamGoalOfTeam(db, scope, teamId, teamGoalId);
  const [goal] = await db.update(teamGoals).set(input).where(eq(teamGoals.id, teamGoalId)).returning();
  if (!goal) throw notFound("The team goal");
  return goal;
}

/** A counted member records manual progress on their share of a team goal. */
export async function addTeamGoalCheckIn(
  db: Database,
  scope: OrgScope,
  teamGoalId: string,
  input: { amount: number; note: string },
) {
  const [row] = await db
    .select({ goal: teamGoals })
    .from(teamGoals)
    .innerJoin(
      teamMembers,
      and(
        eq(teamMembers.teamId, teamGoals.teamId),
        eq(teamMembers.userId, scope.userId),
        eq(teamMembers.role, "employee"),
      ),
    )
    .where(and(eq(teamGoals.id, teamGoalId), eq(teamGoals.organisationId, scope.organisationId)));
  if (!row) throw notFound("The team goal");
  if (row.goal.metric !== "manual")
    throw invalid(
      "This team goal counts what each of you logs in Rapport, so there is nothing to check in.",
      "amount",
    );
  const [checkIn] = await db
    .insert(goalCheckIns)
    .values({ userId: scope.userId, teamGoalId, amount: input.amount, note: input.note })
    .returning();
  return checkIn;
}
