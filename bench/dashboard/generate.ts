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
import { sql } from "drizzle-orm";
import { exec, generateEventsGoalsAssessments, id, quote, rows, step, TEAM_SIZE } from "./generate-steps";

/** Bumped when the generated shape changes, so --reuse regenerates older data. */
const GENERATOR_VERSION = 2;
const DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432";
/** The benchmark's own database on that server, made (and dropped) by this script only. */
const BENCH_DATABASE = "rapport_bench_dashboard";
/** Contacts each position in a team owns (0 = the manager); 400 a team, 20 a person on average. */
const CONTACTS_BY_POSITION = [12, 40, 36, 32, 30, 28, 26, 24, 22, 21, 20, 19, 18, 17, 16, 14, 12, 10, 3, 0];
const CONTACTS_PER_TEAM = 400;
/** Contact slots that ever get an interaction or a follow-up (the rest were met once and left). */
const ACTIVE_CONTACT_SLOTS = 340;
const INTERACTIONS_PER_TEAM = 2_000;
const FOLLOW_UPS_PER_TEAM = 600;

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

  await generateEventsGoalsAssessments(db, T, london);

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
