// The Team index's cards for a manager of several teams: per team, how many members, how many were
// active in the last 30 days and how many may welcome a nudge. The same statements as the team
// dashboard's member table, run once for all the teams (three statements, not seven per team), so
// the cards and the dashboards can never disagree. Counts only leave this file.
import { teamTotals } from "@rapport/domain/dashboard";
import type { Database } from "../client";
import { type DashboardPeriod, dashboardMembers } from "./team-dashboard";

export interface TeamSummary {
  teamId: string;
  members: number;
  activeLast30: number;
  /** Members the dashboard lists under "may need a nudge" (quiet a while, or shared goals behind). */
  mayNeedNudge: number;
}

export async function teamSummaries(
  db: Database,
  period: Omit<DashboardPeriod, "teamId" | "memberId" | "teamIds">,
  teamIds: readonly string[],
  now: Date,
): Promise<TeamSummary[]> {
  if (teamIds.length === 0) return [];
  const { members } = await dashboardMembers(db, { ...period, teamId: "", teamIds }, now);
  return teamIds.map((teamId) => {
    const mine = members.filter((m) => m.teamId === teamId);
    return {
      teamId,
      members: mine.length,
      activeLast30: teamTotals(mine).activeLast30,
      mayNeedNudge: mine.filter((m) => m.nudge.reason !== null).length,
    };
  });
}
