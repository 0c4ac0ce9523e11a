// Shared pieces of the page benchmark (bench/pages/run.ts) and the memory soak (bench/soak/run.ts):
// a database prepared with signed-in people, the production server started on it, and closed-loop
// virtual users that each keep one session and fetch pages one after another (k6-style: a user waits for
// its answer before asking again, so throughput falls when the server slows instead of piling up).

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createSession,
  type Database,
  DEMO_PEOPLE,
  migrate,
  openDatabase,
  schema,
  seedDemo,
} from "@rapport/db";
import { and, eq, inArray, sql } from "drizzle-orm";

export const root = join(__dirname, "..", "..");
const SERVER = "postgres://postgres@127.0.0.1:5432";

export type EngineName = "pglite" | "postgres";
export type DataName = "demo" | "large";

export interface Person {
  cookie: string;
  role: "employee" | "manager";
}

export interface Prepared {
  label: string;
  serverEnv: Record<string, string>;
  people: Person[];
  /** The team dashboard the managers open. */
  teamPath: string;
  cleanup: () => void;
}

/**
 * The pages the benchmarks load, by name; the team dashboard is the prepared team's. Two floors come
 * first: `health` (an API route, one statement) and `sign-in` (the sign-in page, signed out: a light page
 * rendered per request with a fresh CSP nonce and no database read, so about what any dynamic page of
 * this build costs before doing anything of its own).
 */
export const PAGES = ["health", "sign-in", "today", "people", "events", "goals", "team"];

/** Pages asked for signed out. */
export const ANONYMOUS_PAGES = ["health", "sign-in"];

export function pagePath(page: string, prepared: Pick<Prepared, "teamPath">): string {
  if (page === "health") return "/api/health";
  return page === "team" ? prepared.teamPath : `/${page}`;
}

function cookieFor(token: string): string {
  return `authjs.session-token=${token}`;
}

async function sessionsFor(db: Database, userIds: string[], perUser: number): Promise<string[]> {
  const expires = new Date(Date.now() + 86_400_000);
  const cookies: string[] = [];
  for (let i = 0; i < perUser; i++)
    for (const id of userIds) cookies.push(cookieFor(await createSession(db, id, expires)));
  return cookies;
}

function recreatePostgres(name: string): string {
  const server = process.env.BENCH_POSTGRES_SERVER ?? SERVER;
  for (const args of [
    ["-c", `drop database if exists ${name} with (force)`],
    ["-c", `create database ${name}`],
  ]) {
    const r = spawnSync("psql", [`${server}/postgres`, "-q", ...args], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
  }
  return `${server}/${name}`;
}

/** The demo organisation (npm start's seed) on either engine, with sessions for its members. */
export async function prepareDemo(
  engine: EngineName,
  users: number,
  database = "rapport_bench_pages",
): Promise<Prepared> {
  const dataDir = engine === "pglite" ? mkdtempSync(join(tmpdir(), "rapport-bench-")) : undefined;
  const url = engine === "postgres" ? recreatePostgres(database) : undefined;
  const handle = url ? await openDatabase({ url }) : await openDatabase({ dataDir });
  await migrate(handle);
  await seedDemo(handle.db);
  const emails = DEMO_PEOPLE.map((p) => p.email);
  const rows = await handle.db
    .select({ id: schema.users.id, email: schema.users.email })
    .from(schema.users)
    .where(inArray(schema.users.email, emails));
  const managerEmail = DEMO_PEOPLE.find((p) => p.key === "manager")?.email;
  const manager = rows.find((r) => r.email === managerEmail);
  if (!manager) throw new Error("the demo manager is missing");
  const [team] = await handle.db
    .select({ id: schema.teams.id })
    .from(schema.teams)
    .where(eq(schema.teams.name, "Partnerships"));
  const perUser = Math.ceil(users / rows.length);
  const employees = await sessionsFor(
    handle.db,
    rows.map((r) => r.id),
    perUser,
  );
  const managers = await sessionsFor(handle.db, [manager.id], users);
  await handle.close();
  return {
    label: `${engine}, demo organisation (${rows.length} people)`,
    serverEnv: dataDir ? { RAPPORT_DATA_DIR: dataDir } : { DATABASE_URL: url as string },
    people: [
      ...employees.map((cookie) => ({ cookie, role: "employee" as const })),
      ...managers.map((cookie) => ({ cookie, role: "manager" as const })),
    ],
    teamPath: `/team/${team?.id}`,
    cleanup: () => {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The team dashboard benchmark's 10,000-member organisation (bench/dashboard/generate.ts, Postgres only),
 * signed in as the 20 people of its Bench Team and their manager.
 */
export async function prepareLarge(users: number): Promise<Prepared> {
  const generated = spawnSync(
    process.execPath,
    [
      join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      "--tsconfig",
      "packages/jobs/tsconfig.json",
      "bench/dashboard/generate.ts",
      "--reuse",
    ],
    { cwd: root, stdio: "inherit", env: process.env },
  );
  if (generated.status !== 0) throw new Error("generating the large organisation failed");
  const url = `${process.env.BENCH_POSTGRES_SERVER ?? SERVER}/rapport_bench_dashboard`;
  const handle = await openDatabase({ url });
  const [team] = await handle.db
    .select({ id: schema.teams.id, organisationId: schema.teams.organisationId })
    .from(schema.teams)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.teams.organisationId))
    .where(and(eq(schema.teams.name, "Bench Team"), eq(schema.organisations.name, "Big Org")));
  if (!team) throw new Error("the large organisation has no Bench Team");
  const members = await handle.db
    .select({ id: schema.teamMembers.userId, role: schema.teamMembers.role })
    .from(schema.teamMembers)
    .where(eq(schema.teamMembers.teamId, team.id));
  const ids = members.map((m) => m.id);
  // Generated people never answered "about you"; the pages would send them there.
  await handle.db
    .update(schema.users)
    .set({ profileConfirmedAt: sql`now()` })
    .where(inArray(schema.users.id, ids));
  const manager = members.find((m) => m.role === "manager");
  if (!manager) throw new Error("the Bench Team has no manager");
  const employees = await sessionsFor(handle.db, ids, Math.ceil(users / ids.length));
  const managers = await sessionsFor(handle.db, [manager.id], users);
  await handle.close();
  return {
    label: "postgres, large organisation (10,000 members, 1M interactions)",
    serverEnv: { DATABASE_URL: url },
    people: [
      ...employees.map((cookie) => ({ cookie, role: "employee" as const })),
      ...managers.map((cookie) => ({ cookie, role: "manager" as const })),
    ],
    teamPath: `/team/${team.id}`,
    cleanup: () => {},
  };
}

export interface Server {
  origin: string;
  child: ChildProcess;
  /** Resident memory of the server's process group, in MB. */
  rssMb: () => number;
  stop: () => Promise<void>;
}

function groupRssKb(pgid: number): number {
  let total = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += Number(rss?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** Starts `next start` on the built app (npm run build first) in its own process group. */
export async function startServer(env: Record<string, string>, port = 3390): Promise<Server> {
  const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
  if (!existsSync(join(root, "apps", "web", ".next", "BUILD_ID")))
    throw new Error("Build the app first: npx turbo run build --filter=@rapport/web");
  const origin = `http://localhost:${port}`;
  // The V8 settings `npm start` gives the server (apps/web's start script), unless the caller sets its own.
  const script = JSON.parse(readFileSync(join(root, "apps", "web", "package.json"), "utf8")).scripts.start;
  const startOptions = /NODE_OPTIONS:-([^}"]*)/.exec(script)?.[1] ?? "";
  // And the allocator setting it starts with (glibc's malloc arenas), unless this shell sets its own.
  const arenas = process.env.MALLOC_ARENA_MAX ?? /MALLOC_ARENA_MAX:-(\d+)/.exec(script)?.[1];
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: join(root, "apps", "web"),
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: startOptions,
      ...(arenas ? { MALLOC_ARENA_MAX: arenas } : {}),
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_URL: origin,
      AUTH_TRUST_HOST: "true",
      ...env,
    },
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/api/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error("the server stopped while starting");
    if (Date.now() > deadline) throw new Error("the server did not become ready in 2 minutes");
    await new Promise((r) => setTimeout(r, 500));
  }
  const pgid = child.pid as number;
  return {
    origin,
    child,
    rssMb: () => groupRssKb(pgid) / 1024,
    stop: async () => {
      try {
        process.kill(-pgid, "SIGTERM");
      } catch {
        return;
      }
      const end = Date.now() + 15_000;
      while (child.exitCode === null && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
      try {
        process.kill(-pgid, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
  firstError?: string;
}

const TIMEOUT_MS = 30_000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** One request as a signed-in person; an answer that is not 200 (a redirect to sign-in too) is an error. */
export async function visit(origin: string, path: string, cookie?: string): Promise<string | null> {
  const res = await fetch(origin + path, {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await res.arrayBuffer();
  return res.status === 200 ? null : `${path} answered ${res.status} ${res.headers.get("location") ?? ""}`;
}

/** `users` closed-loop users, each with its own session, fetch `path()` for `seconds`. */
export async function load(
  origin: string,
  users: { cookie?: string; path: () => string }[],
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let timeouts = 0;
  let firstError: string | undefined;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const problem = await visit(origin, user.path(), user.cookie);
          latencies.push(performance.now() - t0);
          if (problem) {
            errors++;
            firstError ??= problem;
          }
        } catch (error) {
          if (error instanceof Error && error.name === "TimeoutError") timeouts++;
          else {
            errors++;
            firstError ??= String(error);
          }
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    timeouts,
    firstError,
  };
}

/**
 * Statements one page costs on Postgres: each query outside a transaction commits on its own, so the
 * database's committed-transaction count rises by the statements a request ran (a transaction counts once).
 * A backend that cannot flush its statistics at once (at most once a second) holds them until it has been
 * idle for 10 s (PGSTAT_IDLE_INTERVAL), so both reads wait 11 s for earlier traffic to land; the same window
 * with no request is counted first and taken off, which removes the job engine's polling and psql's reads.
 */
export async function statementsFor(databaseUrl: string, run: () => Promise<unknown>): Promise<number> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const read = () => {
    const r = spawnSync(
      "psql",
      [databaseUrl, "-Atc", `select xact_commit from pg_stat_database where datname = '${name}'`],
      { encoding: "utf8" },
    );
    return Number(r.stdout.trim());
  };
  const settle = () => new Promise((r) => setTimeout(r, 11_000));
  const window = async (work: () => Promise<unknown>) => {
    const before = read();
    await work();
    await settle();
    return read() - before;
  };
  await settle();
  const idle = await window(async () => {});
  const busy = await window(run);
  return Math.max(0, busy - idle);
}

export function machine(): string {
  const cpus = readFileSync("/proc/cpuinfo", "utf8").match(/^processor/gm)?.length ?? 0;
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  return `${cpus} cores, load average ${load}, Node ${process.version}`;
}

export function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}
