// npm run bench:pipeline — figures, not a test: the whole digest pipeline through the job engine
// (plan → queue → claim → compose → render → send → record) with one and with two worker processes
// on one Postgres, against the local Resend-compatible server limited to 2 requests per rolling second
// (the ceiling: 2 × 100 = 200 emails/s). Needs BENCH_DATABASE_URL (or TEST_DATABASE_URL) pointing at a
// Postgres server; each run uses a scratch database it drops afterwards. BENCH_CPU_PROF=<folder> also
// profiles every worker (node --cpu-prof) and prints where its time went, by package.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { isoWeekKey } from "@rapport/domain/time";
import { type FakeResend, startFakeResend } from "@rapport/email/testing";
import { sql } from "drizzle-orm";
import { startJobEngine } from "../packages/jobs/src/engine/start";
import { type PipelineDatabase, pipelineDatabase, seedDigestPeople } from "../packages/jobs/src/testing";
import { summariseProfile } from "./pipeline-profile";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 4_000);
const WORKERS = (process.env.BENCH_WORKERS ?? "1,2").split(",").map(Number);
const RATE = 2;
const CEILING = RATE * 100;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
// npm runs this from the repository root.
const jobsDir = resolve("packages/jobs");
const profileDir = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;

function startWorker(name: string, database: PipelineDatabase, fake: FakeResend, profileTo?: string) {
  // This script's tsx points at packages/jobs/tsconfig.json relative to the root; the child runs there.
  const { TSX_TSCONFIG_PATH: _relative, ...inherited } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(profileTo ? ["--cpu-prof", `--cpu-prof-dir=${profileTo}`] : []),
      "--import",
      "tsx",
      `${jobsDir}/src/testing/engine-worker-child.ts`,
    ],
    {
      env: {
        ...inherited,
        NODE_ENV: "production",
        DATABASE_URL: database.url ?? "",
        FAKE_RESEND_URL: fake.url,
        WORKER_NAME: name,
        REQUESTS_PER_SECOND: String(RATE),
        ENGINE_TIMINGS: JSON.stringify({ pollingSeconds: 0.5 }),
      },
      cwd: jobsDir,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { child, exited, output: () => output };
}

async function count(database: PipelineDatabase, state: string): Promise<number> {
  const result = await database.handle.db.execute(
    sql`select count(*)::int as n from digest_deliveries where state = ${state}`,
  );
  return Number((result as unknown as { n: number }[])[0]?.n ?? 0);
}

async function run(workers: number) {
  if (!serverUrl) throw new Error("Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a Postgres server.");
  const database = await pipelineDatabase(serverUrl);
  const fake = await startFakeResend();
  fake.setRateLimit(RATE);
  const profileTo = profileDir ? join(profileDir, `${workers}-workers-${Date.now()}`) : undefined;
  const children = Array.from({ length: workers }, (_, i) =>
    startWorker(`bench-${i}`, database, fake, profileTo),
  );
  try {
    await seedDigestPeople(database.handle.db, PEOPLE);
    const deadline = Date.now() + 120_000;
    while (!children.every((c) => c.output().includes("ready on"))) {
      if (Date.now() > deadline) throw new Error(children.map((c) => c.output().slice(-2000)).join("\n"));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const producer = await startJobEngine({ handle: database.handle, role: "producer", log: () => {} });
    // The digest-plan job's own code: plan this week for everyone, queue sender jobs.
    const start = performance.now();
    const startedAt = Date.now();
    const { planned } = await producer.planDigests({
      week: isoWeekKey(new Date(), "Europe/London"),
      trigger: "bench",
    });
    const planSeconds = (performance.now() - start) / 1000;
    for (;;) {
      const done = (await count(database, "sent")) + (await count(database, "failed"));
      if (done >= planned) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (performance.now() - start) / 1000;
    await producer.stop(5_000);
    const sent = await count(database, "sent");
    const batches = fake.requests.filter((r) => r.path === "/emails/batch");
    const limited = batches.filter((r) => r.outcome === 429).length;
    const arrivals = batches.map((r) => r.at);
    const busiest = Math.max(
      ...arrivals.map((at) => arrivals.filter((t) => t >= at && t < at + 1000).length),
    );
    const span = ((arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)) / 1000;
    const rate = sent / seconds;
    console.log(
      `${workers} worker(s): ${sent} of ${planned} digests sent in ${seconds.toFixed(1)} s = ${rate.toFixed(1)} emails/s, ` +
        `${((rate / CEILING) * 100).toFixed(1)} % of the ${CEILING}/s ceiling; ${batches.length} requests ` +
        `(${limited} answered 429, at most ${busiest} in any second), first to last request ${span.toFixed(1)} s`,
    );
    // Where the time before the first request went: planning (who is due, delivery rows, sender jobs),
    // then a sender picking up its job and preparing the first batch.
    console.log(
      `  planned in ${planSeconds.toFixed(2)} s; first request ${(((arrivals[0] ?? startedAt) - startedAt) / 1000).toFixed(2)} s after the start`,
    );
  } finally {
    for (const c of children) c.child.kill("SIGTERM");
    await Promise.all(children.map((c) => c.exited));
    // Each worker's own account of its runs: time preparing, waiting for a slot, sending, recording.
    for (const c of children)
      for (const line of c.output().split("\n")) if (/timings|warm-up/.test(line)) console.log(`  ${line}`);
    if (profileTo)
      for (const file of readdirSync(profileTo).filter((f) => f.endsWith(".cpuprofile")))
        console.log(summariseProfile(join(profileTo, file)).join("\n"));
    await database.drop();
    await fake.close();
  }
}

async function main() {
  console.log(
    `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; ` +
      `load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}; ${PEOPLE} people (+1 team digest)`,
  );
  for (const workers of WORKERS) await run(workers);
  console.log(
    `load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
