// The organisation overview for admins: teams, how many people are active week by week, and how the
// weekly digest is getting delivered. Counts only.
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { jsonOf, rowsOf } from "../migrate";
import type { OrgScope } from "./scope";

/** Everything that counts as "active": logging a contact, a conversation, a follow-up, an event or a check-in. */
function activitySince(organisationId: string, since: Date) {
  const at = sql`${since.toISOString()}::timestamptz`;
  return sql`activity as (
    select ct.owner_id as user_id, ct.created_at as at from contacts ct
    where ct.organisation_id = ${organisationId} and ct.source = 'manual' and ct.created_at >= ${at}
    union all
    select it.owner_id, it.created_at from interactions it
    where it.organisation_id = ${organisationId} and it.created_at >= ${at}
    union all
    select fu.owner_id, fu.done_at from follow_ups fu
    where fu.organisation_id = ${organisationId} and fu.done_at >= ${at}
    union all
    select rs.user_id, rs.updated_at from event_rsvps rs join events ev on ev.id = rs.event_id
    where ev.organisation_id = ${organisationId} and rs.status = 'attended' and rs.updated_at >= ${at}
    union all
    select ci.user_id, ci.at from goal_check_ins ci join goals g on g.id = ci.goal_id
    where g.organisation_id = ${organisationId} and ci.at >= ${at}
  )`;
}

export interface OverviewTeamRow {
  teamId: string;
  name: string;
  members: number;
  managers: string[];
  /** Members with anything logged in the last 30 days of the period. */
  activeLast30: number;
}

export interface DigestWeekRow {
  isoWeek: string;
  sent: number;
  skipped: number;
  failed: number;
  pending: number;
}

export async function organisationOverview(
  db: Database,
  scope: OrgScope,
  range: { from: string; to: string; last30From: string },
) {
  const org = scope.organisationId;
  const [tzRow] = rowsOf<{ tz: string }>(
    await db.execute(sql`select time_zone as tz from organisations where id = ${org}`),
  );
  const tz = tzRow?.tz ?? "UTC";
  // A day of slack either side; exact local dates are applied in SQL below.
  const since = new Date(`${range.from}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - 1);
  const from = sql`${range.from}::date`;
  const to = sql`${range.to}::date`;
  const last30 = sql`${range.last30From}::date`;

  const [weekly, teams, totals, digestWeeks] = await Promise.all([
    db.execute(sql`
      with ${activitySince(org, since)}
      select date_trunc('week', (a.at at time zone ${tz})::date)::date::text as "weekStart",
        count(distinct a.user_id)::int as active
      from activity a
      join memberships m on m.user_id = a.user_id and m.organisation_id = ${org}
      where (a.at at time zone ${tz})::date between ${from} and ${to}
      group by 1 order by 1`),
    db.execute(sql`
      with ${activitySince(org, since)},
      active as (
        select distinct a.user_id from activity a
        where (a.at at time zone ${tz})::date between ${last30} and ${to}
      )
      select t.id as "teamId", t.name,
        count(tm.user_id) filter (where tm.role = 'employee')::int as members,
        coalesce(json_agg(coalesce(u.name, u.email) order by lower(coalesce(u.name, u.email)))
          filter (where tm.role = 'manager'), '[]'::json) as managers,
        count(ac.user_id) filter (where tm.role = 'employee')::int as "activeLast30"
      from teams t
      left join team_members tm on tm.team_id = t.id
      left join users u on u.id = tm.user_id
      left join active ac on ac.user_id = tm.user_id
      where t.organisation_id = ${org}
      group by t.id, t.name
      order by lower(t.name)`),
    db.execute(sql`
      select count(*)::int as members,
        count(*) filter (where p.enabled = false or p.unsubscribed_at is not null)::int as "digestOff",
        count(*) filter (where exists (select 1 from email_suppressions s where s.email = lower(u.email)))::int as suppressed
      from memberships m
      join users u on u.id = m.user_id
      left join digest_preferences p on p.user_id = m.user_id
      where m.organisation_id = ${org}`),
    db.execute(sql`
      select d.iso_week as "isoWeek",
        count(*) filter (where d.state = 'sent')::int as sent,
        count(*) filter (where d.state = 'skipped')::int as skipped,
        count(*) filter (where d.state = 'failed')::int as failed,
        count(*) filter (where d.state in ('planned', 'claimed'))::int as pending
      from digest_deliveries d
      where d.organisation_id = ${org}
      group by d.iso_week
      order by d.iso_week desc
      limit 8`),
  ]);
  const [total] = rowsOf<{ members: number; digestOff: number; suppressed: number }>(totals);
  return {
    weeklyActive: rowsOf<{ weekStart: string; active: number }>(weekly),
    teams: rowsOf<OverviewTeamRow>(teams).map((t) => ({ ...t, managers: jsonOf<string[]>(t.managers) })),
    members: total?.members ?? 0,
    digest: {
      weeks: rowsOf<DigestWeekRow>(digestWeeks).reverse(),
      turnedOff: total?.digestOff ?? 0,
      suppressed: total?.suppressed ?? 0,
    },
  };
}
