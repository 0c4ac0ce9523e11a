// The manager's team dashboard, read with one statement per panel whatever the team's size: every
// statement starts from the team's roster and reaches each member's rows through the per-owner
// indexes, so an organisation of ten thousand people costs what a team of twenty does.
//
// Privacy: only counts, dates, goal titles people chose to share, and colleagues' names leave this file.
// Contact names, notes, interaction notes and assessment answers are never selected.

import { nudgeBlockedUntil, nudgeReason, onTimeRate, summariseSharedGoals } from "@rapport/domain/dashboard";
import { type GoalMetric, goalPace } from "@rapport/domain/goals";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { jsonOf, rowsOf } from "../migrate";

export interface DashboardPeriod {
  organisationId: string;
  teamId: string;
  /** Range, inclusive local dates. */
  from: string;
  to: string;
  /** First days of the 30- and 90-day windows ending on `to`. */
  last30From: string;
  last90From: string;
  /** Today's date (the organisation's calendar), for "overdue now". */
  today: string;
  /** Limit every panel to one member of the team (the member page). */
  memberId?: string;
  /** Several teams at once instead of `teamId` (the Team index's summaries); rows carry their team. */
  teamIds?: readonly string[];
}

/** The people a team dashboard measures: the team's employees (its managers are not measured). */
function roster(p: Pick<DashboardPeriod, "organisationId" | "teamId" | "memberId" | "teamIds">): SQL {
  const only = p.memberId ? sql`and tm.user_id = ${p.memberId}` : sql``;
  const teams = p.teamIds
    ? sql`tm.team_id in (${sql.join(
        p.teamIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql`tm.team_id = ${p.teamId}`;
  return sql`roster as (
    select tm.team_id, u.id as user_id, coalesce(u.name, u.email) as name, u.time_zone as tz,
      (tm.created_at at time zone u.time_zone)::date as joined_on
    from team_members tm
    join teams t on t.id = tm.team_id
    join users u on u.id = tm.user_id
    where ${teams} and t.organisation_id = ${p.organisationId}
      and tm.role = 'employee' ${only}
  )`;
}

export interface MemberActivityRow {
  teamId: string;
  userId: string;
  name: string;
  joinedOn: string;
  peopleMet30: number;
  peopleMet90: number;
  peopleMetInRange: number;
  conversations30: number;
  conversations90: number;
  conversationsInRange: number;
  followUpsDone: number;
  followUpsOnTime: number;
  overdueFollowUps: number;
  eventsAttended: number;
  /** The most recent day the person logged anything (a contact, a conversation, a follow-up, an event, a check-in). */
  lastActivityOn: string | null;
}

/** Per member: people met and conversations (30/90 days and the range), follow-ups, events, last activity. */
export async function dashboardMemberActivity(
  db: Database,
  p: DashboardPeriod,
): Promise<MemberActivityRow[]> {
  const org = p.organisationId;
  const from = sql`${p.from}::date`;
  const to = sql`${p.to}::date`;
  const l30 = sql`${p.last30From}::date`;
  const l90 = sql`${p.last90From}::date`;
  const today = sql`${p.today}::date`;
  const result = await db.execute(sql`
    with ${roster(p)}
    select r.team_id as "teamId", r.user_id as "userId", r.name, r.joined_on::text as "joinedOn",
      c.met30 as "peopleMet30", c.met90 as "peopleMet90", c.met_range as "peopleMetInRange",
      i.conv30 as "conversations30", i.conv90 as "conversations90", i.conv_range as "conversationsInRange",
      f.done as "followUpsDone", f.on_time as "followUpsOnTime", f.overdue as "overdueFollowUps",
      e.attended as "eventsAttended",
      greatest(c.last_on, i.last_on, f.last_on, e.last_on, k.last_on)::text as "lastActivityOn"
    from roster r
    cross join lateral (
      select count(*) filter (where x.d between ${l30} and ${to})::int as met30,
        count(*) filter (where x.d between ${l90} and ${to})::int as met90,
        count(*) filter (where x.d between ${from} and ${to})::int as met_range,
        max(greatest(x.d, x.logged_on)) filter (where x.logged_on <= ${today}) as last_on
      from (
        select coalesce(ct.met_on, (ct.created_at at time zone r.tz)::date) as d,
          (ct.created_at at time zone r.tz)::date as logged_on
        from contacts ct
        where ct.owner_id = r.user_id and ct.organisation_id = ${org} and ct.source = 'manual'
      ) x
    ) c
    cross join lateral (
      select count(*) filter (where it.occurred_on between ${l30} and ${to})::int as conv30,
        count(*) filter (where it.occurred_on between ${l90} and ${to})::int as conv90,
        count(*) filter (where it.occurred_on between ${from} and ${to})::int as conv_range,
        max(greatest(it.occurred_on, (it.created_at at time zone r.tz)::date)) as last_on
      from interactions it
      where it.owner_id = r.user_id and it.organisation_id = ${org}
    ) i
    cross join lateral (
      select count(*) filter (where fu.done_on between ${from} and ${to})::int as done,
        count(*) filter (where fu.done_on between ${from} and ${to} and fu.done_on <= fu.original_due_on)::int as on_time,
        count(*) filter (where fu.done_on is null and fu.due_on < ${today})::int as overdue,
        max(fu.done_on) as last_on
      from follow_ups fu
      where fu.owner_id = r.user_id and fu.organisation_id = ${org}
    ) f
    cross join lateral (
      select count(*) filter (where (ev.starts_at at time zone r.tz)::date between ${from} and ${to})::int as attended,
        max((rs.updated_at at time zone r.tz)::date) as last_on
      from event_rsvps rs
      join events ev on ev.id = rs.event_id
      where rs.user_id = r.user_id and rs.status = 'attended' and ev.organisation_id = ${org}
    ) e
    cross join lateral (
      select max((ci.at at time zone r.tz)::date) as last_on
      from goal_check_ins ci
      where ci.user_id = r.user_id
        and (ci.goal_id in (select g.id from goals g where g.user_id = r.user_id and g.organisation_id = ${org})
          or ci.team_goal_id in (select tg.id from team_goals tg where tg.organisation_id = ${org}))
    ) k
    order by lower(r.name)`);
  return rowsOf<MemberActivityRow>(result);
}

export interface TrendRow {
  weekStart: string;
  peopleMet: number;
  conversations: number;
  followUpsDone: number;
  eventsAttended: number;
}

/** Weekly totals over the range for the team (or one member), weeks starting on Monday. */
export async function dashboardWeeklyTrend(db: Database, p: DashboardPeriod): Promise<TrendRow[]> {
  const org = p.organisationId;
  const from = sql`${p.from}::date`;
  const to = sql`${p.to}::date`;
  const result = await db.execute(sql`
    with ${roster(p)},
    activity as (
      select 'met' as kind, coalesce(ct.met_on, (ct.created_at at time zone r.tz)::date) as d
      from roster r join contacts ct on ct.owner_id = r.user_id
      where ct.organisation_id = ${org} and ct.source = 'manual'
      union all
      select 'talk', it.occurred_on
      from roster r join interactions it on it.owner_id = r.user_id
      where it.organisation_id = ${org} and it.occurred_on between ${from} and ${to}
      union all
      select 'follow', fu.done_on
      from roster r join follow_ups fu on fu.owner_id = r.user_id
      where fu.organisation_id = ${org} and fu.done_on between ${from} and ${to}
      union all
      select 'event', (ev.starts_at at time zone r.tz)::date
      from roster r join event_rsvps rs on rs.user_id = r.user_id and rs.status = 'attended'
      join events ev on ev.id = rs.event_id
      where ev.organisation_id = ${org}
    )
    select date_trunc('week', d)::date::text as "weekStart",
      count(*) filter (where kind = 'met')::int as "peopleMet",
      count(*) filter (where kind = 'talk')::int as "conversations",
      count(*) filter (where kind = 'follow')::int as "followUpsDone",
      count(*) filter (where kind = 'event')::int as "eventsAttended"
    from activity
    where d between ${from} and ${to}
    group by 1
    order by 1`);
  return rowsOf<TrendRow>(result);
}

/**
 * How far a member has got on a goal of `metric` between two local dates, counted as the goals area
 * counts it (same activities, the owner's time zone), in SQL so a whole team is measured in one statement.
 */
function progressSql(
  a: { metric: SQL; userId: SQL; tz: SQL; start: SQL; due: SQL; checkIns: SQL },
  org: string,
) {
  return sql`case ${a.metric}
    when 'people_met' then (
      select count(*) from contacts ct
      where ct.owner_id = ${a.userId} and ct.organisation_id = ${org} and ct.source = 'manual'
        and coalesce(ct.met_on, (ct.created_at at time zone ${a.tz})::date) between ${a.start} and ${a.due})
    when 'conversations' then (
      select count(*) from interactions it
      where it.owner_id = ${a.userId} and it.organisation_id = ${org}
        and it.occurred_on between ${a.start} and ${a.due})
    when 'follow_ups_done' then (
      select count(*) from follow_ups fu
      where fu.owner_id = ${a.userId} and fu.organisation_id = ${org} and fu.done_on >= ${a.start} - 1
        and (fu.done_at at time zone ${a.tz})::date between ${a.start} and ${a.due})
    when 'events_attended' then (
      select count(*) from event_rsvps rs join events ev on ev.id = rs.event_id
      where rs.user_id = ${a.userId} and rs.status = 'attended'
        and (ev.starts_at at time zone ${a.tz})::date between ${a.start} and ${a.due})
    else (
      select greatest(coalesce(sum(ci.amount), 0), 0) from goal_check_ins ci
      where ${a.checkIns} and (ci.at at time zone ${a.tz})::date between ${a.start} and ${a.due})
    end::int`;
}

export interface SharedGoalRow {
  teamId: string;
  goalId: string;
  userId: string;
  title: string;
  metric: GoalMetric;
  target: number;
  startDate: string;
  dueDate: string;
  status: "active" | "completed" | "archived";
  timeZone: string;
  progress: number;
}

/** Active goals the team's members chose to share with the team, with progress. Private goals never. */
export async function dashboardSharedGoals(db: Database, p: DashboardPeriod): Promise<SharedGoalRow[]> {
  const progress = progressSql(
    {
      metric: sql`g.metric`,
      userId: sql`g.user_id`,
      tz: sql`r.tz`,
      start: sql`g.start_date`,
      due: sql`g.due_date`,
      checkIns: sql`ci.goal_id = g.id`,
    },
    p.organisationId,
  );
  const result = await db.execute(sql`
    with ${roster(p)}
    select r.team_id as "teamId", g.id as "goalId", g.user_id as "userId", g.title, g.metric, g.target,
      g.start_date::text as "startDate", g.due_date::text as "dueDate", g.status, r.tz as "timeZone",
      ${progress} as progress
    from roster r
    join goals g on g.user_id = r.user_id
    where g.organisation_id = ${p.organisationId} and g.visibility = 'team' and g.status = 'active'
    order by g.due_date, g.title`);
  return rowsOf<SharedGoalRow>(result);
}

export interface TeamGoalShareRow {
  teamGoalId: string;
  title: string;
  metric: SharedGoalRow["metric"];
  perMemberTarget: number;
  startDate: string;
  dueDate: string;
  status: "active" | "completed" | "archived";
  userId: string;
  progress: number;
}

/** The team's active goals and each member's progress on their share (one row per goal and member). */
export async function dashboardTeamGoalShares(db: Database, p: DashboardPeriod): Promise<TeamGoalShareRow[]> {
  const progress = progressSql(
    {
      metric: sql`tg.metric`,
      userId: sql`r.user_id`,
      tz: sql`r.tz`,
      start: sql`tg.start_date`,
      due: sql`tg.due_date`,
      checkIns: sql`ci.team_goal_id = tg.id and ci.user_id = r.user_id`,
    },
    p.organisationId,
  );
  const result = await db.execute(sql`
    with ${roster(p)}
    select tg.id as "teamGoalId", tg.title, tg.metric, tg.per_member_target as "perMemberTarget",
      tg.start_date::text as "startDate", tg.due_date::text as "dueDate", tg.status,
      r.user_id as "userId", ${progress} as progress
    from team_goals tg
    cross join roster r
    where tg.team_id = ${p.teamId} and tg.organisation_id = ${p.organisationId} and tg.status = 'active'
    order by tg.due_date, tg.title, lower(r.name)`);
  return rowsOf<TeamGoalShareRow>(result);
}

/**
 * The barrier scores of each member's latest self-assessment, without anything to tell whose they
 * are: only the team average may be shown (and only from SMALL_GROUP_MIN people up, decided by the
 * domain). Answers themselves are never read.
 */
export async function dashboardBarrierScores(
  db: Database,
  p: Pick<DashboardPeriod, "organisationId" | "teamId">,
): Promise<Record<string, number>[]> {
  const result = await db.execute(sql`
    with ${roster(p)}
    select latest.scores
    from roster r
    cross join lateral (
      select a.scores from assessments a where a.user_id = r.user_id order by a.taken_at desc limit 1
    ) latest`);
  return rowsOf<{ scores: unknown }>(result).map((r) => jsonOf<Record<string, number>>(r.scores));
}

/** When each member of the team was last nudged (by anyone), for the one-a-week rule. */
export async function dashboardLastNudges(
  db: Database,
  p: Pick<DashboardPeriod, "organisationId" | "teamId" | "memberId">,
): Promise<Map<string, Date>> {
  const result = await db.execute(sql`
    with ${roster(p)}
    select r.user_id as "userId",
      (select to_char(max(n.sent_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
       from nudges n where n.recipient_id = r.user_id and n.organisation_id = ${p.organisationId}) as "lastAt"
    from roster r`);
  return new Map(
    rowsOf<{ userId: string; lastAt: string | null }>(result).flatMap((r) =>
      r.lastAt ? [[r.userId, new Date(r.lastAt)] as const] : [],
    ),
  );
}

/**
 * The member table: numbers per person, the pace of the goals they shared, and whether a nudge may help
 * (the dashboard and the manager digest both read it, so they name the same people).
 */
export async function dashboardMembers(db: Database, period: DashboardPeriod, now: Date) {
  const [activity, sharedGoals, lastNudges] = await Promise.all([
    dashboardMemberActivity(db, period),
    dashboardSharedGoals(db, period),
    dashboardLastNudges(db, period),
  ]);
  const goals = sharedGoals.map((g) => ({
    teamId: g.teamId,
    goalId: g.goalId,
    userId: g.userId,
    title: g.title,
    metric: g.metric,
    target: g.target,
    startDate: g.startDate,
    dueDate: g.dueDate,
    progress: g.progress,
    pace: goalPace(g, g.progress, now, g.timeZone),
  }));
  const members = activity.map((m) => {
    const mine = goals.filter((g) => g.userId === m.userId && g.teamId === m.teamId);
    const summary = summariseSharedGoals(mine.map((g) => g.pace.state));
    const lastNudgedAt = lastNudges.get(m.userId) ?? null;
    return {
      ...m,
      onTimeRate: onTimeRate(m.followUpsDone, m.followUpsOnTime),
      activeLast30:
        m.peopleMet30 + m.conversations30 > 0 || isWithin(m.lastActivityOn, period.last30From, period.to),
      sharedGoals: summary,
      nudge: {
        reason: nudgeReason({
          today: period.today,
          lastActivityOn: m.lastActivityOn,
          joinedOn: m.joinedOn,
          sharedGoalsBehind: summary.behind,
        }),
        lastNudgedAt,
        blockedUntil: nudgeBlockedUntil(lastNudgedAt, now),
      },
    };
  });
  return { members, goals };
}

const isWithin = (day: string | null, from: string, to: string) => day !== null && day >= from && day <= to;

export type DashboardMember = Awaited<ReturnType<typeof dashboardMembers>>["members"][number];
