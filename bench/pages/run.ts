// Page benchmark: signed-in people load the pages they use, on the production build.
//
//   npm run bench:pages -- [--engine=pglite|postgres] [--data=demo|large] [--users=50] [--seconds=60]
//                          [--pages=health,sign-in,today,people,events,goals,team]
//
// Each page gets `users` closed-loop users for `seconds` (every user its own session; the team dashboard
// is opened by its manager). /api/health is the floor: a request that does no page work. The ratio column
// is each page's throughput over the health endpoint's in the same run, which survives a busy machine
// better than the absolute figures. `sign-in` (signed out: rendered per request, no database read) is the
// second floor: about what any dynamic page of this build costs before doing anything of its own. Needs a build (npx turbo run build
// --filter=@rapport/web); the large organisation is Postgres only (bench/dashboard/generate.ts makes it,
// reused when present).

import {
  ANONYMOUS_PAGES,
  type DataName,
  type EngineName,
  type LoadResult,
  load,
  machine,
  option,
  PAGES,
  pagePath,
  prepareDemo,
  prepareLarge,
  startServer,
  statementsFor,
  visit,
} from "./harness";

const engine = option("engine", "pglite") as EngineName;
const data = option("data", "demo") as DataName;
const users = Number(option("users", engine === "pglite" ? "20" : "50"));
const seconds = Number(option("seconds", "60"));
const pages = option("pages", PAGES.join(",")).split(",");

if (!["pglite", "postgres"].includes(engine)) throw new Error("--engine is pglite or postgres");
if (data === "large" && engine !== "postgres") throw new Error("--data=large needs --engine=postgres");
if (!(users > 0 && seconds > 0)) throw new Error("--users and --seconds must be positive numbers");

for (const page of pages) if (!PAGES.includes(page)) throw new Error(`Unknown page "${page}"`);

async function main() {
  const prepared = data === "large" ? await prepareLarge(users) : await prepareDemo(engine, users);
  const server = await startServer(prepared.serverEnv);
  console.log(`Page benchmark: ${prepared.label}; ${users} users × ${seconds} s per page`);
  console.log(`Machine: ${machine()}; server RSS after start ${server.rssMb().toFixed(0)} MB`);

  const results: Record<string, LoadResult> = {};
  try {
    for (const page of pages) {
      const path = pagePath(page, prepared);
      const people = prepared.people.filter((p) =>
        page === "team" ? p.role === "manager" : p.role === "employee",
      );
      // Each page once per person before timing, so first-visit compilation and caches are not measured.
      for (const person of people.slice(0, users)) {
        const anonymous = ANONYMOUS_PAGES.includes(page);
        const problem = await visit(server.origin, path, anonymous ? undefined : person.cookie);
        if (problem) throw new Error(`Before the run: ${problem}`);
      }
      if (prepared.serverEnv.DATABASE_URL && !ANONYMOUS_PAGES.includes(page)) {
        const cookie = people[0]?.cookie;
        const count = await statementsFor(prepared.serverEnv.DATABASE_URL, () =>
          visit(server.origin, path, cookie),
        );
        console.log(`  ${page.padEnd(7)} one request ran ${count} statements`);
      }
      const loadUsers = Array.from({ length: users }, (_, i) => ({
        cookie: ANONYMOUS_PAGES.includes(page) ? undefined : people[i % people.length]?.cookie,
        path: () => path,
      }));
      const result = await load(server.origin, loadUsers, seconds);
      results[page] = result;
      console.log(
        `  ${page.padEnd(7)} ${result.perSecond.toFixed(1).padStart(7)} req/s  p50 ${result.p50.toFixed(0)} ms  ` +
          `p99 ${result.p99.toFixed(0)} ms  errors ${result.errors}  time-outs ${result.timeouts}` +
          (result.firstError ? `  (${result.firstError})` : ""),
      );
    }
  } finally {
    console.log(`Server RSS at the end ${server.rssMb().toFixed(0)} MB; ${machine()}`);
    await server.stop();
    prepared.cleanup();
  }

  const share = (r: LoadResult, floor?: number) =>
    floor ? `${((r.perSecond / floor) * 100).toFixed(0)} %` : "–";
  console.log(
    "\n| page | req/s | p50 ms | p95 ms | p99 ms | errors | time-outs | share of /api/health | share of sign-in page |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [page, r] of Object.entries(results)) {
    console.log(
      `| ${page} | ${r.perSecond.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ` +
        `${r.errors} | ${r.timeouts} | ${share(r, results.health?.perSecond)} | ${share(r, results["sign-in"]?.perSecond)} |`,
    );
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
