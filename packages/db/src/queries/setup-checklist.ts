import type { SetupFacts } from "@rapport/domain";
import { eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { invitations, memberships, organisations, teamGoals, teamMembers, teams } from "../schema";
import type { OrgScope } from "./scope";

/** The counts behind the admin's first-run checklist, each one a small indexed count, read together. */
export async function organisationSetupFacts(db: Database, scope: OrgScope): Promise<SetupFacts> {
  const org = scope.organisationId;
  const n = (query: SQL) => sql<number>`(${query})::int`;
  // One statement: the checklist sits on Today, so it is read on every visit of an admin.
  const [row] = await db
    .select({
      teams: n(sql`select count(*) from ${teams} where ${teams.organisationId} = ${org}`),
      teamsWithoutManager: n(
        sql`select count(*) from ${teams} where ${teams.organisationId} = ${org} and not exists (select 1 from ${teamMembers} where ${teamMembers.teamId} = ${teams.id} and ${teamMembers.role} = 'manager')`,
      ),
      invited: n(sql`select count(*) from ${invitations} where ${invitations.organisationId} = ${org}`),
      others: n(
        sql`select count(*) from ${memberships} where ${memberships.organisationId} = ${org} and ${memberships.userId} <> ${scope.userId}`,
      ),
      teamGoals: n(sql`select count(*) from ${teamGoals} where ${teamGoals.organisationId} = ${org}`),
      digestChosen: sql<boolean>`${organisations.digestChosenAt} is not null`,
    })
    .from(organisations)
    .where(eq(organisations.id, org));
  return {
    teams: row?.teams ?? 0,
    teamsWithoutManager: row?.teamsWithoutManager ?? 0,
    invitedOrJoined: (row?.invited ?? 0) + (row?.others ?? 0),
    teamGoals: row?.teamGoals ?? 0,
    digestChosen: row?.digestChosen === true,
  };
}
