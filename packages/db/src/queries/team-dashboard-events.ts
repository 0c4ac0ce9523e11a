// The team dashboard's "Coming up" panel: the team's next events and who is going (colleagues' names,
// never contacts). Split from team-dashboard.ts, whose other panels all start from the team's roster.
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { jsonOf, rowsOf } from "../migrate";
import type { DashboardPeriod } from "./team-dashboard";

export interface DashboardEventRow {
  eventId: string;
  title: string;
  startsAt: string;
  allDay: boolean;
  timeZone: string;
  venue: string | null;
  kind: string;
  /** Names of the people going (colleagues, never contacts). */
  going: string[];
  interested: number;
}

/** The team's next events (up to `limit` in the next `days` days) and who is going. */
export async function dashboardUpcomingEvents(
  db: Database,
  p: Pick<DashboardPeriod, "organisationId" | "teamId">,
  now: Date,
  { days = 30, limit = 8 } = {},
): Promise<DashboardEventRow[]> {
  const until = new Date(now.getTime() + days * 86_400_000);
  const result = await db.execute(sql`
    select ev.id as "eventId", ev.title,
      to_char(ev.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "startsAt",
      ev.all_day as "allDay", ev.time_zone as "timeZone", ev.venue, ev.kind::text as kind,
      coalesce((
        select json_agg(coalesce(u.name, u.email) order by lower(coalesce(u.name, u.email)))
        from event_rsvps rs join users u on u.id = rs.user_id
        where rs.event_id = ev.id and rs.status = 'going'
      ), '[]'::json) as going,
      (select count(*) from event_rsvps rs where rs.event_id = ev.id and rs.status = 'interested')::int as interested
    from events ev
    where ev.team_id = ${p.teamId} and ev.organisation_id = ${p.organisationId} and ev.status <> 'cancelled'
      and ev.ends_at >= ${now.toISOString()}::timestamptz and ev.starts_at < ${until.toISOString()}::timestamptz
    order by ev.starts_at
    limit ${limit}`);
  return rowsOf<DashboardEventRow>(result).map((r) => ({
    ...r,
    going: jsonOf<string[]>(r.going),
  }));
}
