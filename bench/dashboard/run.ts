// npm run bench:dashboard — figures, not a test: how long the manager's team dashboard
// (`dashboard.team`, the whole tRPC call as the web route makes it) takes for a 20-person team in a
// 10,000-person organisation and in a 100-person one with the same data per person.
//
//   flags: --runs N (default 200), --warmup N (default 10), --from YYYY-MM-DD, --to YYYY-MM-DD,
//          --explain (instead of timing: EXPLAIN (ANALYZE, BUFFERS) every statement one call issues)
//   env:   DATABASE_URL (the server; default postgres://postgres@127.0.0.1:5432; the database is
//          rapport_bench_dashboard on it)
//
// The data comes from bench/dashboard/generate.ts, which the npm script runs first (with --reuse).
import { cpus, loadavg, totalmem } from "node:os";
import { appRouter, createCaller, createContext } from "@rapport/api";
import { type Database, type Engine, openDatabase, schema } from "@rapport/db";
import { createMailer } from "@rapport/email";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { benchDatabaseUrls } from "./generate";

interface BenchTeam {
  org_key: string;
  organisation_name: string;
  members_in_org: number;
  team_id: string;
  manager_user_id: string;
  manager_email: string;
  generated_at: Date;
}
interface DashboardInput {
  teamId: string;
  from?: string;
  to?: string;
}
type TeamDashboard = (input: DashboardInput) => Promise<unknown>;

const args = process.argv.slice(2);
function flag(name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}
const WITH_VALUE = new Set(["--runs", "--warmup", "--from", "--to"]);
for (const [i, a] of args.entries())
  if (a.startsWith("--") ? !WITH_VALUE.has(a) && a !== "--explain" : !WITH_VALUE.has(args[i - 1] ?? ""))
    throw new Error(
      `Unknown argument ${a}; flags: --runs N --warmup N --from YYYY-MM-DD --to YYYY-MM-DD --explain`,
    );
const RUNS = Number(flag("--runs") ?? 200);
const WARMUP = Number(flag("--warmup") ?? 10);
const EXPLAIN = args.includes("--explain");
const FROM = flag("--from");
const TO = flag("--to");
for (const date of [FROM, TO])
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new Error(`${date}: dates are YYYY-MM-DD`);

function rows<T>(result: unknown): T[] {
  return result as T[]; // postgres.js returns the rows as an array
}

function inputFor(team: BenchTeam): DashboardInput {
  return { teamId: team.team_id, ...(FROM ? { from: FROM } : {}), ...(TO ? { to: TO } : {}) };
}

/** The procedure, called as the team's manager through a caller built like the web route builds one. */
function dashboardAs(db: Database, engine: Engine, team: BenchTeam): TeamDashboard {
  const mailer = createMailer({
    from: "Rapport <hello@rapport.localhost>",
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    outbox: { async save() {} },
  });
  const caller = createCaller(
    createContext({
      db,
      engine,
      session: { id: team.manager_user_id, email: team.manager_email },
      appUrl: "http://localhost:3000",
      mailer,
    }),
  );
  // Typed loosely so this file compiles before (and whatever the shape of) the procedure's output.
  return (input) => (caller as unknown as { dashboard: { team: TeamDashboard } }).dashboard.team(input);
}

function requireProcedure(): void {
  const procedures = (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def
    .procedures;
  if (!("dashboard.team" in procedures)) {
    console.error(
      "dashboard.team is not in the API yet: packages/api/src/root.ts has no `dashboard:` router with a `team` " +
        "procedure (packages/api/src/routers/dashboard.ts). The benchmark data is ready; run this again once it exists.",
    );
    process.exit(2);
  }
}

const GENERATE_HINT =
  "Generate it first: npm run bench:dashboard (which runs bench/dashboard/generate.ts --reuse before timing).";

async function loadTeams(db: Database): Promise<BenchTeam[]> {
  const [table] = rows<{ exists: boolean }>(
    await db
      .execute(sql`select to_regclass('public.bench_meta') is not null as "exists"`)
      .catch((error: unknown) => {
        const code =
          (error as { code?: string; cause?: { code?: string } }).cause?.code ??
          (error as { code?: string }).code;
        if (code === "3D000") throw new Error(`The benchmark database does not exist. ${GENERATE_HINT}`);
        throw error;
      }),
  );
  const teams = table?.exists
    ? rows<BenchTeam>(
        await db.execute(sql`
          select m.org_key, o.name as organisation_name, m.members as members_in_org, m.team_id,
                 m.manager_user_id, m.manager_email, m.generated_at
          from bench_meta m join organisations o on o.id = m.organisation_id
          where m.complete order by m.members desc`),
      )
    : [];
  if (teams.length !== 2)
    throw new Error(`No complete benchmark data in the benchmark database. ${GENERATE_HINT}`);
  return teams;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** A short description of what came back: top-level keys, arrays by length. */
function shape(value: unknown): string {
  if (Array.isArray(value)) return `array(${value.length})`;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? String(value);
  return Object.entries(value)
    .map(
      ([k, v]) =>
        `${k}: ${Array.isArray(v) ? `${v.length} items` : v !== null && typeof v === "object" ? "{…}" : JSON.stringify(v)}`,
    )
    .join(", ");
}

const loadAtStart = loadavg();
const loadText = (load: number[]) => load.map((l) => l.toFixed(2)).join(" / ");

async function machine(db: Database): Promise<string> {
  const [pg] = rows<{ version: string }>(await db.execute(sql`select version()`));
  const cpu = cpus();
  return [
    `machine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
    `database: ${pg?.version.split(" on ")[0] ?? "unknown"}`,
    `date: ${new Date().toISOString().replace("T", " ").slice(0, 16)} UTC`,
    `load average (1 / 5 / 15 min): ${loadText(loadAtStart)} at the start, ${loadText(loadavg())} at the end`,
  ].join("\n");
}

async function time(db: Database, engine: Engine, teams: BenchTeam[]): Promise<void> {
  const targets = teams.map((team) => ({ team, call: dashboardAs(db, engine, team), times: [] as number[] }));
  for (const t of targets) {
    const first = await t.call(inputFor(t.team));
    console.log(`${t.team.organisation_name} Bench Team → ${shape(first)}`);
  }
  for (let i = 0; i < WARMUP; i++) for (const t of targets) await t.call(inputFor(t.team));
  // Interleaved, and the order flips every round, so machine noise and caches hit both alike.
  for (let i = 0; i < RUNS; i++) {
    for (const t of i % 2 === 0 ? targets : [...targets].reverse()) {
      const start = performance.now();
      await t.call(inputFor(t.team));
      t.times.push(performance.now() - start);
    }
  }
  console.log(
    `\n${RUNS} timed calls each after ${WARMUP} warm-up, interleaved; input { teamId${FROM ? `, from: ${FROM}` : ""}${TO ? `, to: ${TO}` : ""} }\n`,
  );
  console.log("| organisation | members | p50 ms | p95 ms | p99 ms | mean ms |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  const p95: number[] = [];
  for (const t of targets) {
    const sorted = [...t.times].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
    p95.push(percentile(sorted, 95));
    console.log(
      `| ${t.team.organisation_name} | ${t.team.members_in_org.toLocaleString("en-GB")} | ${[50, 95, 99]
        .map((p) => percentile(sorted, p).toFixed(1))
        .join(" | ")} | ${mean.toFixed(1)} |`,
    );
  }
  console.log(`\nbig p95 / small p95 = ${((p95[0] ?? Number.NaN) / (p95[1] ?? Number.NaN)).toFixed(2)}`);
}

interface Captured {
  query: string;
  params: unknown[];
}

const PLAN_NODE =
  /(Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan|Bitmap Heap Scan)(?: Backward)?(?: using (\S+))? on (\S+)/;

/** EXPLAIN (ANALYZE, BUFFERS) of every statement one dashboard call issues, as issued, in a rolled-back transaction. */
async function explain(url: string, teams: BenchTeam[]): Promise<void> {
  const captured: Captured[] = [];
  let capturing = false;
  const client = postgres(url, { max: 10, onnotice: () => {} });
  try {
    const db = drizzle(client, {
      schema,
      casing: "snake_case",
      logger: {
        logQuery(query, params) {
          if (capturing) captured.push({ query, params: [...params] });
        },
      },
    }) as unknown as Database;
    for (const team of teams) {
      const call = dashboardAs(db, "postgres", team);
      await call(inputFor(team)); // warm the caches as the timed runs are
      captured.length = 0;
      capturing = true;
      await call(inputFor(team));
      capturing = false;
      console.log(
        `\n=== ${team.organisation_name} (${team.members_in_org} members): ${captured.length} statements ===`,
      );
      const summary: string[] = [];
      const rollback = new Error("rollback");
      await client
        .begin(async (tx) => {
          for (const [n, { query, params }] of captured.entries()) {
            const plan = (await tx.unsafe(
              `explain (analyze, buffers) ${query}`,
              params as postgres.ParameterOrJSON<never>[],
            )) as unknown as { "QUERY PLAN": string }[];
            const lines = plan.map((r) => r["QUERY PLAN"]);
            console.log(`\n--- statement ${n + 1}: ${query}`);
            console.log(`    params: ${JSON.stringify(params).slice(0, 400)}`);
            for (const line of lines) console.log(`    ${line}`);
            const top = /rows=(\d+)/.exec(lines[0]?.split("(actual")[1] ?? "")?.[1];
            const ms = lines.find((l) => l.startsWith("Execution Time"))?.replace("Execution Time: ", "");
            const scans = [
              ...new Set(
                lines.flatMap((l) => {
                  const m = PLAN_NODE.exec(l);
                  if (!m || m[1] === "Bitmap Heap Scan") return [];
                  return [m[2] ? `${m[1]} ${m[2]}` : `${m[1]} ${m[3]}`];
                }),
              ),
            ];
            summary.push(
              `${String(n + 1).padStart(3)}. ${ms?.padStart(10)}  rows ${top ?? "?"}  ${scans.join(", ") || "(no table scans)"}\n      ${query.replace(/\s+/g, " ").slice(0, 160)}`,
            );
          }
          throw rollback;
        })
        .catch((error: unknown) => {
          if (error !== rollback) throw error;
        });
      console.log(`\nsummary (${team.organisation_name}): execution time, top-node rows, scans`);
      for (const line of summary) console.log(line);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

// Inside a function: the repository root is CommonJS to tsx, which has no top-level await there.
async function main() {
  const { bench } = benchDatabaseUrls();
  requireProcedure();
  const handle = await openDatabase({ url: bench });
  try {
    if (handle.engine !== "postgres")
      throw new Error("The dashboard benchmark needs PostgreSQL, not PGlite.");
    const teams = await loadTeams(handle.db);
    const generated = teams[0]?.generated_at ?? new Date();
    const ageDays = (Date.now() - new Date(generated).getTime()) / 86_400_000;
    console.log(
      `data: ${handle.location}, generated ${new Date(generated).toISOString().slice(0, 10)}${
        ageDays > 7 ? ` (${ageDays.toFixed(0)} days ago: dates have drifted; regenerate without --reuse)` : ""
      }`,
    );
    if (EXPLAIN) await explain(bench, teams);
    else await time(handle.db, handle.engine, teams);
    console.log(`\n${await machine(handle.db)}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && !process.env.BENCH_VERBOSE ? error.message : error);
  process.exit(1);
});
