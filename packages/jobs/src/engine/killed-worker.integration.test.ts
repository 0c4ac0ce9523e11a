import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { planDeliveries, schema } from "@rapport/db";
import { testDatabaseUrl } from "@rapport/db/testing";
import { isoWeekKey } from "@rapport/domain/time";
import { type FakeResend, startFakeResend } from "@rapport/email/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { toPlannedDeliveries, whoIsDue } from "../plan";
import { type PipelineDatabase, pipelineDatabase, seedDigestPeople } from "../testing";
import { QUEUES } from "./queues";
import { type JobEngine, startJobEngine } from "./start";

// Two real worker processes (the function `npm run worker` runs) on one Postgres; the one that is
// sending is killed with SIGKILL while Resend holds its answer. pg-boss notices the missing heartbeat
// and retries the job on the other, which takes the batch over once its lease ends. Timings are
// shortened for this test only (heartbeat 10 s, lease 5 s, retry after 1 s).
const serverUrl = testDatabaseUrl();
const TIMINGS = { superviseSeconds: 1, heartbeatSeconds: 10, retryDelaySeconds: 1, pollingSeconds: 1 };

interface Worker {
  name: string;
  child: ChildProcess;
  output: string;
  exited: Promise<void>;
}

function startWorker(name: string, database: PipelineDatabase, fake: FakeResend): Worker {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("../testing/engine-worker-child.ts", import.meta.url))],
    {
      env: {
        ...process.env,
        DATABASE_URL: database.url ?? "",
        FAKE_RESEND_URL: fake.url,
        WORKER_NAME: name,
        LEASE_MS: "5000",
        ENGINE_TIMINGS: JSON.stringify(TIMINGS),
      },
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const worker: Worker = { name, child, output: "", exited: Promise.resolve() };
  child.stdout?.on("data", (chunk) => (worker.output += String(chunk)));
  child.stderr?.on("data", (chunk) => (worker.output += String(chunk)));
  worker.exited = new Promise((resolve) => child.on("exit", () => resolve()));
  return worker;
}

async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  say = () => "",
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${say()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.runIf(serverUrl)("a worker process killed with SIGKILL mid-job", () => {
  let fake: FakeResend | undefined;
  let database: PipelineDatabase | undefined;
  let producer: JobEngine | undefined;
  const workers: Worker[] = [];
  afterAll(async () => {
    for (const worker of workers) {
      if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGTERM");
      await worker.exited;
    }
    await producer?.stop(2_000).catch(() => {});
    await database?.drop();
    await fake?.close();
  });

  it("has its job finished by the other worker, every digest delivered exactly once", async () => {
    fake = await startFakeResend();
    fake.setRateLimit(2);
    database = await pipelineDatabase(serverUrl);
    const { db } = database.handle;
    const { people, managerId } = await seedDigestPeople(db, 250);
    // This week's digests, planned as the digest-plan job would (the week forced: due whatever the day).
    const now = new Date();
    const due = await whoIsDue(db, { now, week: isoWeekKey(now, "Europe/London") });
    expect(await planDeliveries(db, toPlannedDeliveries(due), "test-plan")).toBe(251);

    // Resend takes the first batch (the emails are stored) but holds its answer back…
    let answer: () => void = () => {};
    fake.inject({ kind: "slow", until: new Promise<void>((resolve) => (answer = resolve)) });
    const all = () => workers.map((w) => `--- ${w.name}:\n${w.output}`).join("\n");
    workers.push(startWorker("worker-a", database, fake), startWorker("worker-b", database, fake));
    await until(
      "both workers to start",
      () => workers.every((w) => w.output.includes("ready on")),
      60_000,
      all,
    );

    producer = await startJobEngine({ handle: database.handle, role: "producer", log: () => {} });
    const jobId = await producer.boss.send(QUEUES.digestSend, {});
    await until("the first batch to reach Resend", () => fake?.messages.length === 100, 60_000, all);

    // …and the worker that sent it dies before it hears back or records anything.
    const [claimed] = await db
      .select({ by: schema.digestBatches.claimedBy })
      .from(schema.digestBatches)
      .where(eq(schema.digestBatches.state, "pending"));
    const victim = workers.find((w) => w.name === claimed?.by);
    const survivor = workers.find((w) => w !== victim);
    if (!victim || !survivor) throw new Error(`no worker claimed the batch (${claimed?.by})\n${all()}`);
    victim.child.kill("SIGKILL");
    await victim.exited;
    answer();

    // The other worker gets the job again (heartbeat missed) and sends everything that is left.
    const sentCount = async () => {
      const result = await db.execute(
        sql`select count(*)::int as n from digest_deliveries where state = 'sent'`,
      );
      return Number((result as unknown as { n: number }[])[0]?.n ?? 0);
    };
    await until("every digest to be sent", async () => (await sentCount()) === 251, 120_000, all);

    const counts = new Map<string, number>();
    for (const to of fake.messages.flatMap((m) => m.to)) counts.set(to, (counts.get(to) ?? 0) + 1);
    expect(counts.size).toBe(250);
    for (const person of people)
      expect([person.email, counts.get(person.email)]).toEqual([
        person.email,
        person.id === managerId ? 2 : 1,
      ]);
    // The held batch went again under its own key, and Resend answered from its idempotency store.
    const first = fake.requests[0];
    expect(
      fake.requests.some(
        (r) => r !== first && r.outcome === 200 && r.idempotencyKey === first?.idempotencyKey,
      ),
    ).toBe(true);
    expect(fake.requests.filter((r) => r.outcome === 429)).toHaveLength(0);
    // The engine's record: the job was retried after the kill and completed by the survivor. The
    // survivor may have sent the rest from its own pass before the engine hands it the killed job again
    // (heartbeat missed, then the retry delay): that retry finds nothing left and completes.
    const engine = producer;
    await until(
      "the killed job to be completed by the survivor",
      async () => (await engine.boss.getJobById(QUEUES.digestSend, jobId ?? ""))?.state === "completed",
      60_000,
      all,
    );
    const job = await producer.boss.getJobById(QUEUES.digestSend, jobId ?? "");
    expect(job?.state).toBe("completed");
    expect(job?.retryCount).toBeGreaterThanOrEqual(1);
    expect(survivor.output).toMatch(/digest: sent \d+/);
  }, 240_000);
});
