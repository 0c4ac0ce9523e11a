// Data for the team dashboard benchmark (bench/dashboard/run.ts): a big organisation (10,000 members in
// 500 teams, 1,000,000 interactions) and a small one (100 members in 5 teams) with the same data per
// person, each with one 20-person "Bench Team" whose manager the benchmark signs in as.
//
//   npx tsx --tsconfig packages/jobs/tsconfig.json bench/dashboard/generate.ts [--reuse]
//
// PostgreSQL only. Creates the database rapport_bench_dashboard on the server DATABASE_URL points at
// (default postgres://postgres@127.0.0.1:5432), dropping an earlier copy unless --reuse finds it complete;
// applies the migrations (also with --reuse, so a new index is built); generates with set-based SQL.
//
// Every team, in either organisation, gets the same shape (per-position contact counts, interaction and
// follow-up slots, events, RSVP pattern, goals, assessments); dates, kinds and outcomes are drawn at
// random (seeded). So the big and the small Bench Team hold the same amount of data, and the big/small
// ratio shows how the dashboard scales with the organisation rather than with the team.

import { type Database, migrate, openDatabase } from "@rapport/db";
import { ASSESSMENT_STATEMENTS, BARRIER_IDS } from "@rapport/domain/barriers";
import { sql } from "drizzle-orm";

/** Bumped when the generated shape changes, so --reuse regenerates older data. */
const GENERATOR_VERSION = 2;
const DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432";
/** The benchmark's own database on that server, made (and dropped) by this script only. */
const BENCH_DATABASE = "rapport_bench_dashboard";
const TEAM_SIZE = 20;
/** Contacts each position in a team owns (0 = the manager); 400 a team, 20 a person on average. */
const CONTACTS_BY_POSITION = [12, 40, 36, 32, 30, 28, 26, 24, 22, 21, 20, 19, 18, 17, 16, 14, 12, 10, 3, 0];
const CONTACTS_PER_TEAM = 400;
/** Contact slots that ever get an interaction or a follow-up (the rest were met once and left). */
const ACTIVE_CONTACT_SLOTS = 340;
const INTERACTIONS_PER_TEAM = 2_000;
const FOLLOW_UPS_PER_TEAM = 600;
const EVENTS_PER_TEAM = 100;

const ORGS = [
  { key: "big", name: "Big Org", members: 10_000, benchTeam: 250 },
  { key: "small", name: "Small Org", members: 100, benchTeam: 2 },
] as const;

const TABLES = [
  "organisations",
  "users",
  "memberships",
  "teams",
  "team_members",
  "contacts",
  "interactions",
  "follow_ups",
  "events",
  "event_rsvps",
  "goals",
  "team_goals",
  "goal_check_ins",
  "assessments",
  "nudges",
];

export function benchDatabaseUrls(): { server: string; bench: string; name: string } {
  const configured = process.env.DATABASE_URL;
  if (configured && !/^postgres(ql)?:\/\//.test(configured)) {
    throw new Error(
      `The dashboard benchmark needs PostgreSQL; DATABASE_URL is "${configured}". PGlite (the embedded ` +
        "engine) is not supported: this benchmark measures Postgres plans and indexes over 1.5 million rows. " +
        "Set DATABASE_URL=postgres://user@host:port (the database name is ignored).",
    );
  }
  const server = new URL(configured ?? DEFAULT_SERVER);
  server.pathname = "/postgres";
  const bench = new URL(server);
  bench.pathname = `/${BENCH_DATABASE}`;
  return { server: server.toString(), bench: bench.toString(), name: BENCH_DATABASE };
}

function rows<T>(result: unknown): T[] {
  return result as T[]; // postgres.js returns the rows as an array
}

async function exec(db: Database, text: string): Promise<void> {
  await db.execute(sql.raw(text));
}

async function step(label: string, run: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await run();
  console.log(`  ${label.padEnd(44)} ${((performance.now() - start) / 1000).toFixed(1).padStart(6)} s`);
}

/** True when the database exists and holds a complete generation of this version. */
async function isComplete(db: Database): Promise<boolean> {
  const [meta] = rows<{ exists: boolean }>(
    await db.execute(sql`select to_regclass('public.bench_meta') is not null as "exists"`),
  );
  if (!meta?.exists) return false;
  const [row] = rows<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from bench_meta where generator_version = ${GENERATOR_VERSION} and complete`,
    ),
  );
  return row?.n === ORGS.length;
}

const id = (kind: string, ...parts: string[]) =>
  `md5(${[`'bench:${kind}'`, ...parts].join(" || ':' || ")})::uuid::text`;
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function generate(db: Database): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const T = `'${today}'::date`;
  const london = "'Europe/London'";
  const contactsSum = CONTACTS_BY_POSITION.reduce((a, b) => a + b, 0);
  if (CONTACTS_BY_POSITION.length !== TEAM_SIZE || contactsSum !== CONTACTS_PER_TEAM)
    throw new Error("CONTACTS_BY_POSITION must have one count per position summing to CONTACTS_PER_TEAM");

  // One connection: temporary tables and the random seed live in the session.
  await exec(db, "set synchronous_commit = off");
  await exec(db, "set work_mem = '64MB'");
  await exec(db, "set maintenance_work_mem = '256MB'");
  await exec(db, "set timezone = 'UTC'");
  await exec(db, "select setseed(0.2026)");

  await step("staging (orgs, teams, people, slots)", async () => {
    await exec(
      db,
      `create temp table b_org as select * from (values ${ORGS.map(
        (o) =>
          `(${quote(o.key)}, ${quote(o.name)}, ${id("org", quote(o.key))}, ${o.members}, ${o.members / TEAM_SIZE}, ${o.benchTeam})`,
      ).join(", ")}) v(org_key, org_name, org_id, members, teams, bench_team)`,
    );
    await exec(
      db,
      `create temp table b_team as
       select o.org_key, o.org_id, t as team_no, t = o.bench_team as is_bench,
              ${id("team", "o.org_key", "t")} as team_id, ${id("user", "o.org_key", `(t * ${TEAM_SIZE})`)} as manager_id
       from b_org o, generate_series(0, o.teams - 1) t`,
    );
    await exec(
      db,
      `create temp table b_person as
       select o.org_key, o.org_id, m, m / ${TEAM_SIZE} as team_no, m % ${TEAM_SIZE} as k,
              ${id("user", "o.org_key", "m")} as user_id, ${id("team", "o.org_key", `(m / ${TEAM_SIZE})`)} as team_id
       from b_org o, generate_series(0, o.members - 1) m`,
    );
    await exec(db, "create index on b_person (team_id, k)");
    // Contact slot j (0–399) of a team belongs to position k.
    await exec(
      db,
      `create temp table b_cslot as
       select (row_number() over (order by c.k, n) - 1)::int as j, (c.k - 1)::int as k
       from unnest('{${CONTACTS_BY_POSITION.join(",")}}'::int[]) with ordinality as c(cnt, k), generate_series(1, c.cnt) n`,
    );
    // Interaction slot i → contact slot: skewed (a few contacts get many), scattered over positions by ×163 mod 400.
    await exec(
      db,
      `create temp table b_islot as
       select i, s.j, s.k from generate_series(0, ${INTERACTIONS_PER_TEAM - 1}) i
       join b_cslot s on s.j = (floor(${ACTIVE_CONTACT_SLOTS} * power((i + 0.5) / ${INTERACTIONS_PER_TEAM}, 1.6))::int * 163) % ${CONTACTS_PER_TEAM}`,
    );
    await exec(
      db,
      `create temp table b_fslot as
       select f, s.j, s.k from generate_series(0, ${FOLLOW_UPS_PER_TEAM - 1}) f
       join b_cslot s on s.j = ((f * ${ACTIVE_CONTACT_SLOTS} / ${FOLLOW_UPS_PER_TEAM}) * 163) % ${CONTACTS_PER_TEAM}`,
    );
  });

  await step("organisations, users, memberships, teams", async () => {
    await exec(
      db,
      `insert into organisations (id, name, slug, time_zone, created_at, updated_at)
       select org_id, org_name, 'bench-' || org_key, 'Europe/London', now() - interval '2 years', now() - interval '2 years'
       from b_org`,
    );
    await exec(
      db,
      `insert into users (id, name, email, email_verified, time_zone, created_at, updated_at)
       select user_id, initcap(org_key) || ' Member ' || (m + 1), org_key || '.member.' || (m + 1) || '@bench.rapport.test',
              now() - interval '20 months', 'Europe/London',
              now() - interval '20 months' + (m % 120) * interval '1 day', now() - interval '20 months' + (m % 120) * interval '1 day'
       from b_person`,
    );
    await exec(
      db,
      `insert into memberships (id, organisation_id, user_id, role, created_at, updated_at)
       select ${id("membership", "org_key", "m")}, org_id, user_id,
              (case when m = 0 then 'admin' else 'member' end)::org_role,
              now() - interval '20 months' + (m % 120) * interval '1 day', now() - interval '20 months' + (m % 120) * interval '1 day'
       from b_person`,
    );
    await exec(
      db,
      `insert into teams (id, organisation_id, name, created_at, updated_at)
       select team_id, org_id, case when is_bench then 'Bench Team' else 'Team ' || lpad((team_no + 1)::text, 3, '0') end,
              now() - interval '20 months', now() - interval '20 months'
       from b_team`,
    );
    await exec(
      db,
      `insert into team_members (id, team_id, user_id, role, created_at, updated_at)
       select ${id("team_member", "org_key", "m")}, team_id, user_id,
              (case when k = 0 then 'manager' else 'employee' end)::team_role,
              now() - interval '20 months' + (m % 120) * interval '1 day', now() - interval '20 months' + (m % 120) * interval '1 day'
       from b_person`,
    );
  });

  await step("contacts", async () => {
    const companies = [
      "Northwind",
      "Harbour Labs",
      "Cobalt",
      "Verde Energy",
      "Pixel & Pine",
      "Meridian Bank",
    ];
    const tags = ["mentor", "fintech", "design", "investors", "conference", "prospects", "berlin", "london"];
    await exec(
      db,
      `insert into contacts (id, owner_id, organisation_id, name, company, role, email, met_on, met_where, tags,
                             cadence_ideal_days, cadence_max_days, source, search_text, created_at, updated_at)
       select x.id, x.owner_id, x.org_id, x.name, x.company, x.role, x.email, x.met_on, x.met_where, x.tags,
              x.ideal, x.ideal * 2, x.source::contact_source,
              trim(regexp_replace(lower(x.name || ' ' || coalesce(x.company, '') || ' ' || array_to_string(x.tags, ' ')), '[^[:alnum:]]+', ' ', 'g')),
              x.created_at, x.created_at
       from (
         select y.*,
                case when y.source = 'manual'
                  then least(now(), (y.met_on + y.lag)::timestamp + interval '9 hours' + y.r4 * interval '10 hours')
                  else now() - y.import_days * interval '1 day' end as created_at
         from (
           select ${id("contact", "t.org_key", "t.team_no", "t.j")} as id, p.user_id as owner_id, t.org_id,
                  'Contact ' || (t.team_no * ${CONTACTS_PER_TEAM} + t.j + 1) as name,
                  case when r1 < 0.8 then 'manual' else 'import' end as source,
                  case when r1 < 0.8 then ${T} - floor(r2 * 548)::int when r3 < 0.3 then ${T} - floor(r4 * 548)::int end as met_on,
                  floor(r3 * 3)::int as lag, r4, floor(r2 * 548) as import_days,
                  (array[${companies.map(quote).join(", ")}])[1 + floor(r5 * ${companies.length})::int] as company,
                  case when r5 < 0.5 then 'Engineer' when r5 < 0.8 then 'Product lead' end as role,
                  case when r6 < 0.6 then 'contact' || (t.team_no * ${CONTACTS_PER_TEAM} + t.j + 1) || '.' || t.org_key || '@people.test' end as email,
                  case when r1 < 0.5 then 'Meetup, London' when r1 < 0.7 then 'Conference' end as met_where,
                  case when r6 < 0.4 then '{}'::text[]
                       when r6 < 0.8 then array[(array[${tags.map(quote).join(", ")}])[1 + floor(r7 * ${tags.length})::int]]
                       else array[(array[${tags.map(quote).join(", ")}])[1 + floor(r7 * ${tags.length})::int], 'london'] end as tags,
                  case when r7 < 0.1 then 30 end as ideal
           from (select t.org_key, t.org_id, t.team_no, t.team_id, s.j, s.k,
                        random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7
                 from b_team t cross join b_cslot s offset 0) t
           join b_person p on p.team_id = t.team_id and p.k = t.k
         ) y
       ) x`,
    );
  });

  await step("interactions", async () => {
    await exec(
      db,
      `insert into interactions (id, contact_id, owner_id, organisation_id, kind, occurred_on, outcome, note, reflection, created_at, updated_at)
       select x.id, x.contact_id, x.owner_id, x.organisation_id,
              (case when r1 < 0.10 then 'met' when r1 < 0.45 then 'message' when r1 < 0.60 then 'call'
                    when r1 < 0.80 then 'coffee' when r1 < 0.90 then 'intro' else 'gave_value' end)::interaction_kind,
              x.occurred_on,
              (case when r2 < 0.55 then 'positive' when r2 < 0.80 then 'neutral' when r2 < 0.95 then 'no_reply'
                    else 'declined' end)::interaction_outcome,
              case when r3 < 0.3 then 'Talked about their team''s plans' end,
              case when r2 >= 0.80 and r3 < 0.5 then 'Shorter first message next time' end,
              x.created_at, x.created_at
       from (
         select y.*, least(now(), (y.occurred_on + floor(y.r4 * 2)::int)::timestamp + interval '8 hours' + y.r5 * interval '12 hours') as created_at
         from (
           select ${id("interaction", "t.org_key", "t.team_no", "s.i")} as id, c.id as contact_id, c.owner_id, c.organisation_id,
                  lo + floor(random() * (${T} - lo + 1))::int as occurred_on,
                  random() r1, random() r2, random() r3, random() r4, random() r5
           from b_team t cross join b_islot s
           join contacts c on c.id = ${id("contact", "t.org_key", "t.team_no", "s.j")}
           cross join lateral (select greatest(coalesce(c.met_on, ${T} - 365), ${T} - 365) as lo) l
           offset 0
         ) y
       ) x`,
    );
  });

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

  await step("bench_meta", async () => {
    await exec(
      db,
      `create table if not exists bench_meta (
         org_key text primary key, organisation_id text not null, team_id text not null, team_name text not null,
         manager_user_id text not null, manager_email text not null, members int not null, teams int not null,
         generator_version int not null, generated_at timestamptz not null, complete boolean not null default false)`,
    );
    await exec(db, "truncate bench_meta");
    await exec(
      db,
      `insert into bench_meta (org_key, organisation_id, team_id, team_name, manager_user_id, manager_email, members, teams,
                               generator_version, generated_at)
       select o.org_key, o.org_id, t.team_id, 'Bench Team', t.manager_id, u.email, o.members, o.teams, ${GENERATOR_VERSION}, now()
       from b_org o join b_team t on t.org_key = o.org_key and t.is_bench join users u on u.id = t.manager_id`,
    );
  });
}

async function main() {
  const reuse = process.argv.includes("--reuse");
  const unknown = process.argv.slice(2).filter((a) => a !== "--reuse");
  if (unknown.length > 0)
    throw new Error(`Unknown argument(s) ${unknown.join(" ")}; the only flag is --reuse`);
  const urls = benchDatabaseUrls();
  const started = performance.now();

  const server = await openDatabase({ url: urls.server, max: 1 });
  try {
    const [existing] = rows<{ n: number }>(
      await server.db.execute(sql`select count(*)::int as n from pg_database where datname = ${urls.name}`),
    );
    if (existing?.n && reuse) {
      const probe = await openDatabase({ url: urls.bench, max: 1 });
      try {
        if (await isComplete(probe.db)) {
          await migrate(probe); // picks up a new index, if a migration added one
          console.log(
            `${urls.name}: complete data already there (--reuse); migrations applied, nothing generated.`,
          );
          return;
        }
      } finally {
        await probe.close();
      }
    }
    if (existing?.n) {
      console.log(`${urls.name}: dropping the earlier copy`);
      await exec(server.db, `drop database ${urls.name} with (force)`);
    }
    await exec(server.db, `create database ${urls.name}`);
  } finally {
    await server.close();
  }

  const handle = await openDatabase({ url: urls.bench, max: 1 });
  try {
    if (handle.engine !== "postgres")
      throw new Error("The dashboard benchmark needs PostgreSQL, not PGlite.");
    console.log(`generating into ${handle.location}`);
    await step("migrations", () => migrate(handle));
    await generate(handle.db);
    await step("vacuum analyze", () => exec(handle.db, "vacuum (analyze)"));
    await exec(handle.db, "update bench_meta set complete = true");

    const counts: [string, number][] = [];
    for (const table of TABLES) {
      const [exists] = rows<{ ok: boolean }>(
        await handle.db.execute(sql`select to_regclass(${`public.${table}`}) is not null as ok`),
      );
      if (!exists?.ok) continue;
      const [row] = rows<{ n: number }>(
        await handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`)),
      );
      counts.push([table, row?.n ?? 0]);
    }
    const perOrg = rows<{
      org: string;
      contacts: number;
      interactions: number;
      follow_ups: number;
      events: number;
    }>(
      await handle.db.execute(sql`
        select o.name as org,
               (select count(*)::int from contacts c where c.organisation_id = o.id) as contacts,
               (select count(*)::int from interactions i where i.organisation_id = o.id) as interactions,
               (select count(*)::int from follow_ups f where f.organisation_id = o.id) as follow_ups,
               (select count(*)::int from events e where e.organisation_id = o.id) as events
        from organisations o order by o.name`),
    );
    const meta = rows<{ org_key: string; team_id: string; manager_email: string }>(
      await handle.db.execute(sql`select org_key, team_id, manager_email from bench_meta order by org_key`),
    );
    console.log("\nrows:");
    for (const [table, n] of counts)
      console.log(`  ${table.padEnd(16)} ${n.toLocaleString("en-GB").padStart(10)}`);
    console.log("\nper organisation:");
    for (const o of perOrg)
      console.log(
        `  ${o.org.padEnd(10)} contacts ${o.contacts}, interactions ${o.interactions}, follow-ups ${o.follow_ups}, events ${o.events}`,
      );
    for (const m of meta) console.log(`bench team (${m.org_key}): ${m.team_id}, manager ${m.manager_email}`);
    console.log(`\ngenerated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await handle.close();
  }
}

// Only when run directly (run.ts imports benchDatabaseUrls). The root package is CommonJS to tsx.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (process.env.BENCH_VERBOSE) console.error(error);
    process.exit(1);
  });
}
