import { countOf, NOUNS } from "../words";
import { firstNameOf } from "./compose";
import type { ManagerDigest, ManagerDigestInput, TeamMemberActivity } from "./types";

/** From this many overdue follow-ups, a nudge's reason mentions them. */
export const NUDGE_OVERDUE_FOLLOW_UPS = 3;

/**
 * The manager's weekly team digest. Aggregates only: counts per team, and the names of members who
 * may need a nudge with a reason made of counts. Contact names and notes are never part of the input,
 * so they cannot leak into the output.
 */
export function composeManagerDigest(input: ManagerDigestInput): ManagerDigest {
  const teams = input.teams.map((team) => {
    const active = team.members.filter((m) => m.activitiesLastWeek > 0).length;
    return {
      ...(team.id ? { id: team.id } : {}),
      name: team.name,
      memberCount: team.members.length,
      activeMembers: active,
      activitiesLastWeek: team.members.reduce((sum, m) => sum + m.activitiesLastWeek, 0),
      eventsNext14Days: team.eventsNext14Days,
      eventsCovered: team.eventsCovered,
      goalsOnTrack:
        team.sharedGoals === 0 ? "no shared goals" : `${team.sharedGoalsOnTrack} of ${team.sharedGoals}`,
      nudges: team.members
        .map((m) => ({ ...(m.userId ? { userId: m.userId } : {}), name: m.name, reason: nudgeReason(m) }))
        .filter((n): n is { userId?: string; name: string; reason: string } => n.reason !== null),
    };
  });
  const nudgeCount = teams.reduce((sum, t) => sum + t.nudges.length, 0);
  const digest: ManagerDigest = {
    kind: "manager",
    weekKey: input.weekKey,
    firstName: firstNameOf(input.manager.name, input.manager.email),
    subject:
      nudgeCount > 0
        ? `Your team this week: ${countOf(nudgeCount, NOUNS.person)} may need a nudge`
        : "Your team this week",
    preview: teams
      .map((t) => `${t.name}: ${t.activeMembers} of ${t.memberCount} active last week`)
      .join(" · "),
    teams,
    useful: false,
  };
  // Worth sending when a team has members and something to report: activity, events or a nudge.
  digest.useful = teams.some(
    (t) => t.memberCount > 0 && (t.activitiesLastWeek > 0 || t.eventsNext14Days > 0 || t.nudges.length > 0),
  );
  return digest;
}

/**
 * Why a member may need a nudge, in counts; null when they seem fine. Who is listed follows the team
 * dashboard's rule (quiet for three weeks, or behind on a shared goal); a pile of overdue follow-ups is
 * mentioned for someone already listed.
 */
export function nudgeReason(m: TeamMemberActivity): string | null {
  if (!m.nudge) return null;
  const reasons: string[] = [];
  if (m.nudge !== "behind") {
    reasons.push(
      m.daysSinceActivity === null
        ? "nothing logged yet"
        : `nothing logged for ${countOf(m.daysSinceActivity, NOUNS.day)}`,
    );
  }
  if (m.nudge !== "quiet" && m.sharedGoalsBehind > 0) {
    reasons.push(`${countOf(m.sharedGoalsBehind, NOUNS.sharedGoal)} behind`);
  }
  if (m.overdueFollowUps >= NUDGE_OVERDUE_FOLLOW_UPS)
    reasons.push(countOf(m.overdueFollowUps, NOUNS.overdueFollowUp));
  return reasons.join(", ");
}
