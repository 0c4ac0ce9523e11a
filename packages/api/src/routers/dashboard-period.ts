import { type DashboardPeriod, type Database, type OrgScope, todayFor } from "@rapport/db";
import { type DashboardRange, resolveRange } from "@rapport/domain/dashboard";

/** The period a dashboard read covers, in the caller's own "today", for one team (and maybe one member). */
export async function periodFor(
  db: Database,
  scope: OrgScope,
  team: { id: string },
  input: { from?: string; to?: string },
  memberId?: string,
): Promise<{ range: DashboardRange; period: DashboardPeriod }> {
  const today = await todayFor(db, scope.userId);
  const range = resolveRange(input, today);
  return {
    range,
    period: { organisationId: scope.organisationId, teamId: team.id, ...range, today, memberId },
  };
}
