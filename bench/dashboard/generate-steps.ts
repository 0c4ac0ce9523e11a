// The later steps of bench/dashboard/generate.ts (follow-ups, events, RSVPs, goals, assessments, nudges) and the
// helpers both files use. Same session, same temporary b_* tables, same seeded random().
import type { Database } from "@rapport/db";
import { ASSESSMENT_STATEMENTS, BARRIER_IDS } from "@rapport/domain/barriers";
import { sql } from "drizzle-orm";

export const TEAM_SIZE = 20;
const EVENTS_PER_TEAM = 100;

export function rows<T>(result: unknown): T[] {
  return result as T[]; // postgres.js returns the rows as an array
}

export async function exec(db: Database, text: string): Promise<void> {
  await db.execute(sql.raw(text));
}

export async function step(label: string, run: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await run();
  console.log(`  ${label.padEnd(44)} ${((performance.now() - start) / 1000).toFixed(1).padStart(6)} s`);
}

export const id = (kind: string, ...parts: string[]) =>
  `md5(${[`'bench:${kind}'`, ...parts].join(" || ':' || ")})::uuid::text`;
export const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Follow-ups, events and RSVPs, goals and check-ins, assessments and (when the table exists) nudges.
 * `T` is today and `london` the people's zone, both as SQL literals.
 */
export async function generateEventsGoalsAssessments(db: Database, T: string, london: string): Promise<void> {
  await step("follow-ups", async () => {
    // original_due_on = first due date; due_on >= it (snoozes only postpone); done_on is the London date of done_at.
    await exec(
      db,
      `insert into follow_ups (id, contact_id, owner_id, organisation_id, due_on, original_due_on, reason, note, done_on, done_at, created_at, updated_at)
       select z.id, z.contact_id, z.owner_id, z.organisation_id, z.due_on, z.original_due_on, z.reason::follow_up_reason, z.note,
              z.done_on, z.done_at, z.created_at, coalesce(z.done_at, z.created_at)
       from (
         select w.*,
                case when w.done_on is not null
                  then (w.done_on::timestamp + interval '9 hours' + w.r4 * interval '9 hours') at time zone ${london} end as done_at,
                least(now(), (least(w.original_due_on - 3 - floor(w.r5 * 10)::int, ${T})::timestamp + interval '10 hours') at time zone ${london}) as created_at
         from (
           select v.*,
                  case v.state
                    when 'on_time' then v.original_due_on - floor(v.r3 * 4)::int
                    when 'late' then least(${T} - 1, v.original_due_on + 1 + floor(v.r4 * 20)::int) end as done_on
           from (
             select u.*,
                    case u.state
                      when 'on_time' then u.original_due_on
                      when 'late' then u.original_due_on + floor(u.r3 * 10)::int
                      when 'overdue' then u.original_due_on + floor(u.r3 * (${T} - u.original_due_on))::int
                      else u.future_due end as due_on
             from (
               select s0.*,
                      case s0.state
                        when 'on_time' then ${T} - 1 - floor(s0.r2 * 364)::int
                        when 'late' then ${T} - 5 - floor(s0.r2 * 360)::int
                        when 'overdue' then ${T} - 1 - floor(s0.r2 * 90)::int
                        else s0.future_due - floor(s0.r3 * 8)::int end as original_due_on
               from (
                 select ${id("follow_up", "t.org_key", "t.team_no", "t.f")} as id, c.id as contact_id, c.owner_id, c.organisation_id,
                        case when r1 < 0.45 then 'on_time' when r1 < 0.65 then 'late' when r1 < 0.80 then 'overdue' else 'future' end as state,
                        ${T} + floor(r2 * 31)::int as future_due,
                        case when r6 < 0.3 then 'first_meeting' when r6 < 0.6 then 'cadence' when r6 < 0.8 then 'second_touch' else 'manual' end as reason,
                        case when r6 > 0.8 then 'Send the article we talked about' end as note,
                        r2, r3, r4, r5
                 from (select t.org_key, t.team_no, s.f, s.j,
                              random() r1, random() r2, random() r3, random() r4, random() r5, random() r6
                       from b_team t cross join b_fslot s offset 0) t
                 join contacts c on c.id = ${id("contact", "t.org_key", "t.team_no", "t.j")}
               ) s0
             ) u
           ) v
         ) w
       ) z`,
    );
  });

  await step("events", async () => {
    // Starts over the last 12 months and the next 3, at 18:00 UTC; most confirmed, a few tentative or cancelled.
    await exec(
      db,
      `insert into events (id, organisation_id, team_id, uid, created_by, title, description, starts_at, ends_at, time_zone,
                           venue, kind, tags, status, created_at, updated_at)
       select x.id, x.org_id, x.team_id, x.uid, x.manager_id, x.title, null, x.starts_at, x.starts_at + interval '2 hours',
              'Europe/London', 'Community Hall, London', x.kind::event_kind, x.tags, x.status::event_status,
              least(now(), x.starts_at - interval '30 days'), least(now(), x.starts_at - interval '30 days')
       from (
         select ${id("event", "t.org_key", "t.team_no", "e")} as id, t.org_id, t.team_id, t.manager_id,
                'bench-' || e || '@rapport.test' as uid,
                'Event ' || (e + 1) || ' of ' || t.org_key || ' team ' || (t.team_no + 1) as title,
                ((${T} - 365 + floor(r1 * 456)::int)::timestamp + interval '18 hours') at time zone 'UTC' as starts_at,
                case when r2 < 0.2 then 'conference' when r2 < 0.6 then 'meetup' when r2 < 0.75 then 'online_community'
                     when r2 < 0.9 then 'internal' else 'other' end as kind,
                case when r2 < 0.5 then '{tech}'::text[] else '{}'::text[] end as tags,
                case when r3 < 0.90 then 'confirmed' when r3 < 0.96 then 'tentative' else 'cancelled' end as status
         from (select *, random() r1, random() r2, random() r3 from b_team cross join generate_series(0, ${EVENTS_PER_TEAM - 1}) e offset 0) as t
       ) x`,
    );
  });

  await step("event RSVPs", async () => {
    // 3–7 distinct members an event (5 on average): positions (3e + 7r) mod 20 are distinct for r < 20.
    await exec(
      db,
      `insert into event_rsvps (id, event_id, user_id, status, created_at, updated_at)
       select ${id("rsvp", "ev.id", "r")}, ev.id, p.user_id,
              (case when ev.starts_at < now()
                      then case when ev.status <> 'cancelled' and random() < 0.8 then 'attended' else 'going' end
                    else case when random() < 0.5 then 'going' else 'interested' end end)::rsvp_status,
              ev.created_at, ev.created_at
       from b_team t cross join generate_series(0, ${EVENTS_PER_TEAM - 1}) e
       join events ev on ev.id = ${id("event", "t.org_key", "t.team_no", "e")}
       cross join generate_series(0, 2 + e % 5) r
       join b_person p on p.team_id = t.team_id and p.k = (3 * e + 7 * r) % ${TEAM_SIZE}`,
    );
  });

  await step("goals, team goals, check-ins", async () => {
    // Two goals a person (the first shared with the team), every metric, all active and spanning today.
    await exec(
      db,
      `insert into goals (id, organisation_id, user_id, title, why, category, metric, target, start_date, due_date,
                          visibility, status, created_at, updated_at)
       select x.id, x.org_id, x.user_id, x.title, '', x.category::goal_category, x.metric::goal_metric, x.target,
              x.start_date, x.due_date, x.visibility::goal_visibility, 'active', x.start_date::timestamp + interval '9 hours',
              x.start_date::timestamp + interval '9 hours'
       from (
         select ${id("goal", "p.org_key", "p.m", "g")} as id, p.org_id, p.user_id,
                (array['people_met','events_attended','follow_ups_done','conversations','manual'])[1 + (p.k + g * 3) % 5] as metric,
                (array['Meet new people','Go to events','Keep my follow-ups','Have conversations','Share what I learn'])[1 + (p.k + g * 3) % 5] as title,
                (array['find_mentor','explore_opportunities','widen_circle','build_skills','visibility','custom'])[1 + (p.k + g) % 6] as category,
                (array[10, 3, 12, 20, 5])[1 + (p.k + g * 3) % 5] + p.k % 4 as target,
                ${T} - 14 - (p.k * 7 + g * 11) % 90 as start_date,
                ${T} + 14 + (p.k * 13 + g * 17) % 120 as due_date,
                case when g = 0 then 'team' else 'private' end as visibility
         from b_person p cross join generate_series(0, 1) g
       ) x`,
    );
    await exec(
      db,
      `insert into team_goals (id, organisation_id, team_id, created_by, title, why, metric, per_member_target, start_date, due_date,
                               status, created_at, updated_at)
       select ${id("team_goal", "t.org_key", "t.team_no")}, t.org_id, t.team_id, t.manager_id,
              (array['Meet two new people each','One event each','Close your follow-ups','Five conversations each','Share a find each'])[1 + t.team_no % 5],
              '', ((array['people_met','events_attended','follow_ups_done','conversations','manual'])[1 + t.team_no % 5])::goal_metric,
              (array[2, 1, 4, 5, 2])[1 + t.team_no % 5], ${T} - 30, ${T} + 60, 'active',
              (${T} - 30)::timestamp + interval '9 hours', (${T} - 30)::timestamp + interval '9 hours'
       from b_team t`,
    );
    // Manual goals move by check-ins only: up to four on each personal one, up to three a member on a team one.
    await exec(
      db,
      `insert into goal_check_ins (id, user_id, goal_id, team_goal_id, amount, note, at)
       select ${id("check_in", "g.id", "n")}, g.user_id, g.id, null, 1, '',
              g.start_date::timestamp + random() * (now() - g.start_date::timestamp)
       from goals g cross join generate_series(1, (abs(hashtext(g.id)) % 5)) n
       where g.metric = 'manual'`,
    );
    await exec(
      db,
      `insert into goal_check_ins (id, user_id, goal_id, team_goal_id, amount, note, at)
       select ${id("team_check_in", "tg.id", "p.user_id", "n")}, p.user_id, null, tg.id, 1, '',
              tg.start_date::timestamp + random() * (now() - tg.start_date::timestamp)
       from team_goals tg join b_person p on p.team_id = tg.team_id and p.k > 0
       cross join generate_series(1, p.k % 4) n
       where tg.metric = 'manual'`,
    );
  });

  await step("assessments", async () => {
    // 60 % of people (positions k mod 5 < 3); a fifth of everyone (k mod 5 = 0) also took it months ago.
    await exec(
      db,
      `create temp table b_assessment as
       select ${id("assessment", "p.org_key", "p.m", "n")} as id, p.user_id, p.org_id,
              case when n = 0 then now() - (1 + floor(random() * 60)) * interval '1 day'
                   else now() - (90 + floor(random() * 90)) * interval '1 day' end as taken_at
       from b_person p cross join generate_series(0, case when p.k % 5 = 0 then 1 else 0 end) n
       where p.k % 5 < 3`,
    );
    const statements = ASSESSMENT_STATEMENTS.map(
      (s) => `(${quote(s.id)}, ${quote(s.barrierId)}, ${s.reverse})`,
    ).join(", ");
    await exec(
      db,
      `create temp table b_answer as
       select a.id, s.statement_id, s.barrier_id, s.reverse, 1 + floor(random() * 5)::int as answer
       from b_assessment a cross join (values ${statements}) s(statement_id, barrier_id, reverse)`,
    );
    // Scores as scoreAssessment computes them: reverse answers flipped (6 − a), mean mapped from 1…5 to 0…100.
    await exec(
      db,
      `insert into assessments (id, user_id, organisation_id, answers, scores, taken_at)
       select a.id, a.user_id, a.org_id, ans.answers, sc.scores, a.taken_at
       from b_assessment a
       join (select id, jsonb_object_agg(statement_id, answer) as answers from b_answer group by id) ans on ans.id = a.id
       join (select b.id, jsonb_object_agg(b.barrier_id, coalesce(per.score, 0)) as scores
             from (select a2.id, b2.barrier_id from b_assessment a2
                   cross join unnest('{${BARRIER_IDS.join(",")}}'::text[]) b2(barrier_id)) b
             left join (select id, barrier_id,
                               round((avg(case when reverse then 6 - answer else answer end) - 1) / 4 * 100)::int as score
                        from b_answer group by id, barrier_id) per
               on per.id = b.id and per.barrier_id = b.barrier_id
             group by b.id) sc on sc.id = a.id`,
    );
  });

  // Nudges (migration 0003) when the table exists: three a team, from the manager, over the last eight weeks.
  const [nudges] = rows<{ exists: boolean }>(
    await db.execute(sql`select to_regclass('public.nudges') is not null as "exists"`),
  );
  if (nudges?.exists) {
    await step("nudges", async () => {
      await exec(
        db,
        `insert into nudges (id, organisation_id, team_id, sender_id, recipient_id, reason, sent_at)
         select ${id("nudge", "t.org_key", "t.team_no", "n")}, t.org_id, t.team_id, t.manager_id,
                ${id("user", "t.org_key", `(t.team_no * ${TEAM_SIZE} + ${TEAM_SIZE} - 1 - n)`)},
                (array['quiet', 'behind', 'both'])[1 + n]::nudge_reason, now() - (7 + n * 17 + floor(random() * 5)) * interval '1 day'
         from b_team t cross join generate_series(0, 2) n`,
      );
    });
  }
}
