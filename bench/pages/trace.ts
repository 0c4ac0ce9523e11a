// Every statement one signed-in request runs on Postgres, in order, from the server's own log:
//
//   npx tsx --tsconfig packages/jobs/tsconfig.json bench/pages/trace.ts --page=today [--log=/var/log/postgresql/postgresql-15-main.log]
//
// Turns on log_statement for the benchmark database only, loads the page once (after a warm-up visit),
// and prints the statements the request sent, grouped by their first words, with counts.

import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { option, pagePath, prepareDemo, startServer, visit } from "./harness";

const page = option("page", "today");
const logFile = option("log", "/var/log/postgresql/postgresql-15-main.log");

async function main() {
  const prepared = await prepareDemo("postgres", 2, "rapport_bench_trace");
  const url = prepared.serverEnv.DATABASE_URL as string;
  spawnSync("psql", [url, "-qc", "alter database rapport_bench_trace set log_statement = 'all'"]);
  const server = await startServer(prepared.serverEnv, 3391);
  const path = pagePath(page, prepared);
  const person = prepared.people.find((p) => p.role === (page === "team" ? "manager" : "employee"));
  try {
    await visit(server.origin, path, person?.cookie);
    await new Promise((r) => setTimeout(r, 3000));
    const from = statSync(logFile).size;
    const problem = await visit(server.origin, path, person?.cookie);
    if (problem) throw new Error(problem);
    await new Promise((r) => setTimeout(r, 500));
    const text = readFileSync(logFile, "utf8").slice(from);
    const statements = [...text.matchAll(/LOG:\s+(?:execute [^:]*|statement): ([^\n]*)/g)].map((m) =>
      (m[1] as string).replace(/\s+/g, " ").slice(0, 150),
    );
    const ours = statements.filter((s) => !/pgboss|^(begin|commit|listen)/i.test(s));
    console.log(`${path}: ${statements.length} statements logged, ${ours.length} outside the job engine`);
    const counts = new Map<string, number>();
    for (const s of ours) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const [s, n] of [...counts].sort((a, b) => b[1] - a[1]))
      console.log(`${String(n).padStart(4)} × ${s}`);
  } finally {
    spawnSync("psql", [url, "-qc", "alter database rapport_bench_trace reset log_statement"]);
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
