#!/usr/bin/env node
// Lighthouse performance and accessibility scores, and JavaScript bytes, for the landing page, the
// sign-in page and a signed-in page, against the production build on an embedded demo database.
// Also whether Chromium finds the app installable (Lighthouse 12 has no PWA category any more).
// Usage: npx turbo run build --filter=@rapport/web && npm run bench:lighthouse   (needs Chromium; CHROMIUM_PATH
// to override). Each page is measured three times; the median of each figure is shown.
// It fetches Lighthouse through npx on first use: LIGHTHOUSE_VERSION, by default 13.5.0 (needs Node 22, which
// the project runs on). 12.2.3, the last for Node 20, cannot read the traces of Chromium 156: its LCP-element
// and render-blocking audits fail with "frame_sequence" errors and its simulated LCP comes out seconds late.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const port = Number(process.env.BENCH_PORT ?? 3290);
const base = `http://localhost:${port}`;
const chrome = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const flags =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

const server = spawn("npx", ["next", "start", "-p", String(port)], {
  cwd: new URL("../apps/web", import.meta.url).pathname,
  env: {
    ...process.env,
    RAPPORT_DATA_DIR: mkdtempSync(join(tmpdir(), "rapport-bench-")),
    NEXT_TELEMETRY_DISABLED: "1",
  },
  detached: true,
  stdio: "ignore",
});
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
};
process.on("exit", stop);

for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
}

// A signed-in session cookie for the demo employee, made through the sign-in page. The profile is a
// persistent one, not incognito: Chromium reports an incognito window as not installable on its own.
const context = await chromium.launchPersistentContext(
  mkdtempSync(join(tmpdir(), "rapport-bench-profile-")),
  {
    executablePath: chrome,
    args: flags.split(" "),
    viewport: { width: 390, height: 844 },
  },
);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${base}/sign-in`);
await page.getByRole("button", { name: /Sign in as Sam Okafor/ }).click();
await page.waitForURL(/today/);
const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

// Installability: Lighthouse 12 dropped its PWA category (and the installable-manifest audit), so the
// figure comes from Chromium itself, the check behind its install prompt (Page.getInstallabilityErrors),
// once the service worker runs the page.
await page.evaluate(() => navigator.serviceWorker.ready);
await page.reload();
const cdp = await context.newCDPSession(page);
const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
const { errors: manifestErrors } = await cdp.send("Page.getAppManifest");
const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
await context.close();

const targets = [
  { name: "landing", path: "/" },
  { name: "sign-in", path: "/sign-in" },
  { name: "today (signed in)", path: "/today", cookie },
];
// LIGHTHOUSE_PAGES=landing,sign-in measures only those (names as in the table, first word).
const only = process.env.LIGHTHOUSE_PAGES?.split(",");
if (only) targets.splice(0, targets.length, ...targets.filter((t) => only.includes(t.name.split(" ")[0])));
const runs = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const target of targets) {
  const measured = [];
  for (let run = 0; run < runs; run++) measured.push(measureOrRetry(target));
  const row = { page: target.name };
  for (const key of ["performance", "accessibility", "jsKiB", "lcpMs", "tbtMs"])
    row[key] = median(measured.map((m) => m[key]));
  row.runs = measured.map((m) => m.performance).join(", ");
  row.flagged = [...new Set(measured.flatMap((m) => m.flagged))].join(", ");
  rows.push(row);
}

/** Lighthouse now and then loses a trace (NO_NAVSTART): such a run is made again, once. */
function measureOrRetry(target) {
  try {
    return measure(target);
  } catch (error) {
    console.log(
      `${target.name}: the run failed (${String(error.message).split("\n")[0].slice(0, 120)}); once more`,
    );
    return measure(target);
  }
}

function measure(target) {
  const out = join(tmpdir(), `lh-${Date.now()}.json`);
  const args = [
    "-y",
    `lighthouse@${process.env.LIGHTHOUSE_VERSION ?? "13.5.0"}`,
    `${base}${target.path}`,
    "--quiet",
    "--output=json",
    `--output-path=${out}`,
    "--only-categories=performance,accessibility",
    "--form-factor=mobile",
    `--chrome-flags=${flags}`,
  ];
  if (target.cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: target.cookie })}`);
  execFileSync("npx", args, { env: { ...process.env, CHROME_PATH: chrome }, stdio: "inherit" });
  const report = JSON.parse(readFileSync(out, "utf8"));
  const scripts = report.audits["network-requests"].details.items.filter((r) => r.resourceType === "Script");
  const jsBytes = scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0);
  // Accessibility audits that failed, so a score under 100 says what to fix.
  const flagged = report.categories.accessibility.auditRefs
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => audit.id);
  return {
    flagged,
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    jsKiB: Math.round(jsBytes / 1024),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue),
  };
}
stop();
console.log(`\nMedian of ${runs} Lighthouse runs per page (mobile, simulated throttling).`);
console.log("| page | performance (runs) | accessibility | JS transferred (KiB) | LCP (ms) | TBT (ms) |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const r of rows)
  console.log(
    `| ${r.page} | ${r.performance} (${r.runs}) | ${r.accessibility} | ${r.jsKiB} | ${r.lcpMs} | ${r.tbtMs} |`,
  );
for (const r of rows) if (r.flagged) console.log(`${r.page}: accessibility audits failing: ${r.flagged}`);
console.log(
  `\nInstallable (Chromium Page.getInstallabilityErrors on /today, service worker controlling: ${controlled}): ${
    installabilityErrors.length === 0
      ? "yes, 0 errors"
      : `no: ${installabilityErrors.map((e) => e.errorId).join(", ")}`
  }; manifest errors: ${manifestErrors.length}${manifestErrors.map((e) => ` (${e.critical ? "critical" : "not critical"}: ${e.message})`).join("")}`,
);
process.exit(0);
