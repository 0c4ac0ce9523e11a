#!/usr/bin/env node
// `npm test`: every suite in order (lint, typecheck, unit, integration, build, e2e), then one line
// `N passed, N failed, N skipped` summing them all. `--suites a,b` runs a subset (CI re-runs integration and e2e
// on Postgres). Tests are counted from each runner's JSON report; lint, typecheck and build count as one
// check each.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Rapport runs on Node 22 (see "engines"). A machine with an older Node still gets it: the root
// devDependency `node` installs Node 22 into node_modules/.bin. Started by an older Node (e.g.
// `node scripts/test.mjs` by hand), hand over to that one; and put node_modules/.bin first on PATH so
// every child (npx, turbo, npm, next, vitest, playwright, the app server) runs on it too.
const binDir = join(root, "node_modules", ".bin");
const repoNode = join(binDir, process.platform === "win32" ? "node.cmd" : "node");
const [major, minor] = process.versions.node.split(".").map(Number);
const tooOld = major < 22 || (major === 22 && minor < 12);
if (tooOld && existsSync(repoNode) && realpathSync(repoNode) !== realpathSync(process.execPath)) {
  const again = spawnSync(repoNode, process.argv.slice(1), { stdio: "inherit" });
  process.exit(again.status ?? 1);
}
if (tooOld) {
  console.error(
    `Rapport needs Node 22.12 or newer; this is ${process.version}. Run \`npm install\` (it fetches Node 22 ` +
      "into node_modules/.bin) and start the tests with `npm test`.",
  );
  process.exit(1);
}
console.log(`Node ${process.version} (${process.execPath})`);
const all = ["lint", "typecheck", "unit", "integration", "build", "e2e"];
const arg = process.argv.find((a) => a.startsWith("--suites="));
const suites = arg ? arg.slice("--suites=".length).split(",") : all;
for (const s of suites) {
  if (!all.includes(s)) {
    console.error(`Unknown suite "${s}". Choose from: ${all.join(", ")}`);
    process.exit(2);
  }
}

const env = {
  ...process.env,
  PATH: [binDir, process.env.PATH].filter(Boolean).join(delimiter),
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  FORCE_COLOR: "1",
};
const results = [];

function run(command, args) {
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { cwd: root, env, stdio: "inherit" }).status === 0;
}

function check(name, ok) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function vitestReports(kind) {
  // Each workspace writes its runner's report into its own .reports folder.
  return ["packages", "apps"]
    .flatMap((group) =>
      readdirSync(join(root, group)).map((name) => join(root, group, name, ".reports", `${kind}.json`)),
    )
    .filter((file) => existsSync(file));
}

function countVitest(kind, ok) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of vitestReports(kind)) {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // Suites that only run on one engine (runIf) are reported as pending: show them, never hide them.
    skipped += report.numPendingTests + report.numTodoTests;
    // A file that failed to load has no tests but is still a failure.
    failed += report.testResults.filter(
      (r) => r.status === "failed" && r.assertionResults.length === 0,
    ).length;
  }
  if (!ok && failed === 0) failed = 1; // the runner failed without a report: count it, never hide it
  results.push({ name: kind, passed, failed, skipped });
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p) => p && existsSync(p));
}

for (const suite of suites) {
  if (suite === "lint") check("lint", run("npx", ["biome", "check", "."]));
  if (suite === "typecheck")
    check("typecheck", run("npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]));
  if (suite === "unit" || suite === "integration") {
    for (const f of vitestReports(suite)) rmSync(f);
    const ok = run("npx", ["turbo", "run", `test:${suite}`, "--continue", "--concurrency=1"]);
    countVitest(suite, ok);
  }
  if (suite === "build")
    check(
      "build",
      run("npx", ["turbo", "run", "build", "--filter=@rapport/web", "--output-logs=errors-only"]),
    );
  if (suite === "e2e") {
    const chromium = chromiumPath();
    if (!chromium) {
      console.error(
        "\nNo Chromium found for the browser tests. Install it (Debian/Ubuntu: `apt-get install -y chromium`) " +
          "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
      );
      check("e2e", false);
      continue;
    }
    const report = join(root, "e2e/.reports/e2e.json");
    rmSync(report, { force: true });
    env.CHROMIUM_PATH = chromium;
    const ok = run("npm", ["run", "test", "--workspace", "@rapport/e2e"]);
    if (existsSync(report)) {
      const { stats } = JSON.parse(readFileSync(report, "utf8"));
      const failed = stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1);
      results.push({ name: "e2e", passed: stats.expected + stats.flaky, failed, skipped: stats.skipped });
    } else {
      check("e2e", false);
    }
  }
}

console.log("\nSummary");
const line = (r) => `${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`;
for (const r of results) console.log(`  ${r.name.padEnd(12)} ${line(r)}`);
const sum = (key) => results.reduce((n, r) => n + r[key], 0);
console.log(line({ passed: sum("passed"), failed: sum("failed"), skipped: sum("skipped") }));
process.exit(sum("failed") > 0 ? 1 : 0);
