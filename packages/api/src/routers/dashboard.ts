// The team dashboard for managers (and admins, for any team) and the organisation overview for admins.
// Aggregates only: every output here is checked by dashboard.privacy.test.ts for contact names, notes
// and assessment answers, and the team barrier profile is withheld below the small-group threshold.
import {
  type Database,
  dashboardBarrierScores,
  dashboardMembers,
  dashboardTeamGoalShares,
  dashboardUpcomingEvents,
  dashboardWeeklyTrend,
  listTeams,
  type OrgScope,
  organisationOverview,
  teamSummaries,
  todayFor,
} from "@rapport/db";
import { notFound } from "@rapport/domain";
import {
  dashboardCsv,
  dashboardCsvFilename,
  fillWeeklyTrend,
  fillWeeks,
  resolveRange,
  teamBarrierProfile,
  teamTotals,
} from "@rapport/domain/dashboard";
import { goalPace, memberShares } from "@rapport/domain/goals";
import { createRouter, orgAdminProcedure, orgMemberProcedure, teamManagerProcedure } from "../trpc";
import { dashboardRangeInput, id } from "../validation";
import { periodFor } from "./dashboard-period";
import { nudgeProcedures } from "./nudges";

interface Team {
  id: string;
  name: string;
}

/** The team's goals with each member's share, and the team's pace on the organisation's calendar. */
function teamGoalPanel(
  rows: Awaited<ReturnType<typeof dashboardTeamGoalShares>>,
  names: Map<string, string>,
  now: Date,
  timeZone: string,
) {
  const byGoal = new Map<string, typeof rows>();
  for (const row of rows) byGoal.set(row.teamGoalId, [...(byGoal.get(row.teamGoalId) ?? []), row]);
  return [...byGoal.values()].map((members) => {
    const first = members[0] as (typeof rows)[number];
    const shares = memberShares(
      first.perMemberTarget,
      Object.fromEntries(members.map((m) => [m.userId, m.progress])),
    );
    return {
      teamGoalId: first.teamGoalId,
      title: first.title,
      metric: first.metric,
      perMemberTarget: first.perMemberTarget,
      startDate: first.startDate,
      dueDate: first.dueDate,
      team: shares.team,
      pace: goalPace(
        { ...first, target: Math.max(shares.team.target, 1) },
        shares.team.progress,
        now,
        timeZone,
      ),
      members: shares.members.map((s) => ({ ...s, name: names.get(s.memberId) ?? "" })),
    };
  });
}

async function teamDashboard(
  db: Database,
  scope: OrgScope,
  team: Team,
  input: { from?: string; to?: string },
) {
  const now = new Date();
  const { range, period } = await periodFor(db, scope, team, input);
  const [{ members, goals }, trend, teamGoalRows, events, barrierScores, timeZone] = await Promise.all([
    dashboardMembers(db, period, now),
    dashboardWeeklyTrend(db, period),
    dashboardTeamGoalShares(db, period),
    dashboardUpcomingEvents(db, period, now),
    dashboardBarrierScores(db, period),
    organisationTimeZone(db, scope),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  return {
    team: { id: team.id, name: team.name },
    range,
    today: period.today,
    members,
    totals: teamTotals(members),
    trend: fillWeeklyTrend(range, trend),
    sharedGoals: goals.map((g) => ({ ...g, ownerName: names.get(g.userId) ?? "" })),
    teamGoals: teamGoalPanel(teamGoalRows, names, now, timeZone),
    events,
    barriers: teamBarrierProfile(barrierScores),
    nudges: members
      .filter((m) => m.nudge.reason !== null)
      .map((m) => ({
        userId: m.userId,
        name: m.name,
        reason: m.nudge.reason,
        lastActivityOn: m.lastActivityOn,
        sharedGoalsBehind: m.sharedGoals.behind,
        lastNudgedAt: m.nudge.lastNudgedAt,
        blockedUntil: m.nudge.blockedUntil,
      })),
  };
}

async function organisationTimeZone(db: Database, scope: OrgScope) {
  const org = await db.query.organisations.findFirst({
    where: (o, { eq }) => eq(o.id, scope.organisationId),
    columns: { timeZone: true },
  });
  return org?.timeZone ?? "UTC";
}

/** One member's page: the same numbers over time and the goals they shared; never contacts or answers. */
async function memberDashboard(
  db: Database,
  scope: OrgScope,
  team: Team,
  input: { userId: string; from?: string; to?: string },
) {
  const now = new Date();
  const { range, period } = await periodFor(db, scope, team, input, input.userId);
  const [{ members, goals }, trend, teamGoalRows, timeZone] = await Promise.all([
    dashboardMembers(db, period, now),
    dashboardWeeklyTrend(db, period),
    dashboardTeamGoalShares(db, period),
    organisationTimeZone(db, scope),
  ]);
  const member = members[0];
  if (!member) throw notFound("The team member");
  const names = new Map([[member.userId, member.name]]);
  return {
    team: { id: team.id, name: team.name },
    range,
    today: period.today,
    member,
    trend: fillWeeklyTrend(range, trend),
    sharedGoals: goals,
    teamGoals: teamGoalPanel(teamGoalRows, names, now, timeZone).map(({ members: shares, ...goal }) => ({
      ...goal,
      share: shares[0] ?? null,
    })),
  };
}

/** Teams whose dashboard the caller may open: the ones they manage, or every team for admins. */
async function openableTeams(db: Database, scope: OrgScope, orgRole: string) {
  const teams = await listTeams(db, scope);
  if (orgRole === "admin") return teams;
  const managed = await db.query.teamMembers.findMany({
    where: (tm, { and, eq }) => and(eq(tm.userId, scope.userId), eq(tm.role, "manager")),
    columns: { teamId: true },
  });
  const ids = new Set(managed.map((m) => m.teamId));
  return teams.filter((t) => ids.has(t.id));
}

const memberInput = dashboardRangeInput.extend({ userId: id });

export const dashboardRouter = createRouter({
  /** Teams whose dashboard the caller may open: the ones they manage, or every team for admins. */
  teams: orgMemberProcedure.query(({ ctx }) => openableTeams(ctx.db, ctx.scope, ctx.orgRole)),

  /**
   * The Team index's cards: per team the caller may open, its size, how many were active in the last
   * 30 days and how many may need a nudge, over the dashboard's default period. Counts only; the same
   * figures as each team's dashboard, read in three statements for all the teams.
   */
  teamSummaries: orgMemberProcedure.query(async ({ ctx }) => {
    const teams = await openableTeams(ctx.db, ctx.scope, ctx.orgRole);
    const today = await todayFor(ctx.db, ctx.scope.userId);
    const period = { organisationId: ctx.scope.organisationId, ...resolveRange({}, today), today };
    const ids = teams.map((t) => t.id);
    const byTeam = new Map((await teamSummaries(ctx.db, period, ids, new Date())).map((s) => [s.teamId, s]));
    return teams.map((team) => {
      const summary = byTeam.get(team.id);
      return {
        team: { id: team.id, name: team.name },
        members: summary?.members ?? 0,
        activeLast30: summary?.activeLast30 ?? 0,
        mayNeedNudge: summary?.mayNeedNudge ?? 0,
      };
    });
  }),

  team: teamManagerProcedure
    .input(dashboardRangeInput)
    .query(({ ctx, input }) => teamDashboard(ctx.db, ctx.scope, ctx.team, input)),

  member: teamManagerProcedure
    .input(memberInput)
    .query(({ ctx, input }) => memberDashboard(ctx.db, ctx.scope, ctx.team, input)),

  /** The member table as CSV (the same numbers as the page; names of team members, nothing else). */
  exportCsv: teamManagerProcedure.input(dashboardRangeInput).query(async ({ ctx, input }) => {
    const now = new Date();
    const { range, period } = await periodFor(ctx.db, ctx.scope, ctx.team, input);
    const { members } = await dashboardMembers(ctx.db, period, now);
    return {
      filename: dashboardCsvFilename(ctx.team.name, range),
      csv: dashboardCsv(
        range,
        members.map((m) => ({
          ...m,
          sharedGoals: m.sharedGoals.total,
          sharedGoalsBehind: m.sharedGoals.behind,
        })),
      ),
    };
  }),

  ...nudgeProcedures,

  /** Admins: teams, weekly active members and digest delivery, for the whole organisation. */
  organisation: orgAdminProcedure.input(dashboardRangeInput.optional()).query(async ({ ctx, input }) => {
    const today = await todayFor(ctx.db, ctx.scope.userId);
    const range = resolveRange(input ?? {}, today);
    const overview = await organisationOverview(ctx.db, ctx.scope, range);
    return {
      range,
      ...overview,
      weeklyActive: fillWeeks(range, overview.weeklyActive, { active: 0 }),
    };
  }),
});
