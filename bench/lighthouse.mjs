#!/usr/bin/env node
// Lighthouse performance and accessibility scores, and JavaScript bytes, for the landing page, the
// sign-in page and a signed-in page, against the production build on an embedded demo database.
// Usage: npm run build && node bench/lighthouse.mjs   (needs Chromium; CHROMIUM_PATH to override)
// It fetches lighthouse@12.2.3 through npx on first use (the last release that runs on Node 20).
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

// A signed-in session cookie for the demo employee, made through the sign-in page.
const browser = await chromium.launch({ executablePath: chrome, args: flags.split(" ") });
const page = await browser.newPage();
await page.goto(`${base}/sign-in`);
await page.getByRole("button", { name: /Sign in as Sam Okafor/ }).click();
await page.waitForURL(/today/);
const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
await browser.close();

const targets = [
  { name: "landing", path: "/" },
  { name: "sign-in", path: "/sign-in" },
  { name: "today (signed in)", path: "/today", cookie },
];
const rows = [];
for (const target of targets) {
  const out = join(tmpdir(), `lh-${Date.now()}.json`);
  const args = [
    "-y",
    "lighthouse@12.2.3",
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
  rows.push({
    page: target.name,
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    jsKiB: Math.round(jsBytes / 1024),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue),
  });
}
stop();
console.log("\n| page | performance | accessibility | JS transferred (KiB) | LCP (ms) | TBT (ms) |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const r of rows)
  console.log(`| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.jsKiB} | ${r.lcpMs} | ${r.tbtMs} |`);
process.exit(0);
