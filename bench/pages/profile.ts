// CPU profile of the production server while signed-in users load one page (Postgres, demo organisation):
//
//   npx tsx --tsconfig packages/jobs/tsconfig.json bench/pages/profile.ts --page=today [--users=20] [--seconds=20]
//
// Writes a .cpuprofile into --out (default: a temporary folder) and prints the functions and packages
// with the most self time, so a page's cost can be read without opening DevTools.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, option, pagePath, prepareDemo, startServer, visit } from "./harness";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const page = option("page", "today");
const users = Number(option("users", "20"));
const seconds = Number(option("seconds", "20"));
const out = option("out", mkdtempSync(join(tmpdir(), "rapport-profile-")));

function where(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1] as string;
  if (url.includes("/.next/server/chunks/")) return "app chunk";
  if (url.startsWith("node:") || url === "") return url || "(native)";
  return url.replace(/.*\/work\/[^/]+\//, "");
}

async function main() {
  const prepared = await prepareDemo("postgres", users, "rapport_bench_profile");
  const server = await startServer({
    ...prepared.serverEnv,
    NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${out} --max-old-space-size=512`,
  });
  const path = pagePath(page, prepared);
  const people = prepared.people.filter((p) =>
    page === "team" ? p.role === "manager" : p.role === "employee",
  );
  try {
    for (const p of people.slice(0, users)) await visit(server.origin, path, p.cookie);
    const result = await load(
      server.origin,
      Array.from({ length: users }, (_, i) => ({
        cookie: people[i % people.length]?.cookie,
        path: () => path,
      })),
      seconds,
    );
    console.log(`${page}: ${result.perSecond.toFixed(1)} req/s, p50 ${result.p50.toFixed(0)} ms`);
  } finally {
    await server.stop();
    prepared.cleanup();
  }
  await new Promise((r) => setTimeout(r, 2000));
  const file = readdirSync(out).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile in ${out}`);
  const profile = JSON.parse(readFileSync(join(out, file), "utf8")) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFn = new Map<string, number>();
  const byPkg = new Map<string, number>();
  for (const n of profile.nodes) {
    const t = self.get(n.id) ?? 0;
    const key = `${n.callFrame.functionName || "(anonymous)"} ${where(n.callFrame.url)}:${n.callFrame.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + t);
    const pkg = where(n.callFrame.url);
    byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, t]) => `  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}`);
  console.log(`profile: ${join(out, file)} (${(total / 1e6).toFixed(1)} s sampled)`);
  console.log("self time by package:");
  console.log(top(byPkg, 20).join("\n"));
  console.log("self time by function:");
  console.log(top(byFn, 40).join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
