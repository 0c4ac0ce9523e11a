// The team aggregate of warm introductions a manager or admin may see: counts only, never who asked
// whom, never what anyone shares.
import { teamIntroSummary } from "@rapport/domain/sharing";
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../migrate";
import { introRequests, sharingOpenContacts, sharingPreferences, teamMembers } from "../schema";
import type { OrgScope } from "./scope";

export async function teamIntroRequestSummary(db: Database, scope: OrgScope, teamId: string, days = 90) {
  const since = new Date(Date.now() - days * 86_400_000);
  const rows = await db.execute(sql`
    with roster as (select distinct tm.user_id from ${teamMembers} tm where tm.team_id = ${teamId})
    select
      (select count(*)::int from roster) as members,
      (select count(*)::int from roster r where exists (
         select 1 from ${sharingPreferences} sp
         where sp.user_id = r.user_id and sp.organisation_id = ${scope.organisationId} and sp.share_companies)
       or exists (
         select 1 from ${sharingOpenContacts} so
         where so.owner_id = r.user_id and so.organisation_id = ${scope.organisationId})) as sharing_anything,
      (select count(*)::int from ${introRequests} ir
         where ir.organisation_id = ${scope.organisationId} and ir.created_at >= ${since.toISOString()}::timestamptz
           and ir.requester_id in (select user_id from roster)) as requests_made,
      (select count(*)::int from ${introRequests} ir
         where ir.organisation_id = ${scope.organisationId} and ir.created_at >= ${since.toISOString()}::timestamptz
           and ir.requester_id in (select user_id from roster)
           and ir.status in ('accepted', 'done')) as accepted
  `);
  const row: Partial<Record<string, number>> = rowsOf<Record<string, number>>(rows)[0] ?? {};
  return {
    days,
    ...teamIntroSummary({
      members: Number(row.members ?? 0),
      sharingAnything: Number(row.sharing_anything ?? 0),
      requestsMade: Number(row.requests_made ?? 0),
      accepted: Number(row.accepted ?? 0),
    }),
  };
}
