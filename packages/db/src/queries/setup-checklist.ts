import type { SetupFacts } from "@rapport/domain";
import { and, count, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { invitations, memberships, organisations, teamGoals, teamMembers, teams } from "../schema";
import type { OrgScope } from "./scope";

/** The counts behind the admin's first-run checklist, each one a small indexed count. */
export async function organisationSetupFacts(db: Database, scope: OrgScope): Promise<SetupFacts> {
  const org = scope.organisationId;
  const [teamRows, withoutManager, invited, others, goals, chosen] = await Promise.all([
    db.select({ n: count() }).from(teams).where(eq(teams.organisationId, org)),
    db
      .select({ n: count() })
      .from(teams)
      .where(
        and(
          eq(teams.organisationId, org),
          sql`not exists (select 1 from ${teamMembers} where ${teamMembers.teamId} = ${teams.id} and ${teamMembers.role} = 'manager')`,
        ),
      ),
    db.select({ n: count() }).from(invitations).where(eq(invitations.organisationId, org)),
    db
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.organisationId, org), ne(memberships.userId, scope.userId))),
    db.select({ n: count() }).from(teamGoals).where(eq(teamGoals.organisationId, org)),
    db
      .select({ n: count() })
      .from(organisations)
      .where(and(eq(organisations.id, org), isNotNull(organisations.digestChosenAt))),
  ]);
  return {
    teams: teamRows[0]?.n ?? 0,
    teamsWithoutManager: withoutManager[0]?.n ?? 0,
    invitedOrJoined: (invited[0]?.n ?? 0) + (others[0]?.n ?? 0),
    teamGoals: goals[0]?.n ?? 0,
    digestChosen: (chosen[0]?.n ?? 0) > 0,
  };
}
