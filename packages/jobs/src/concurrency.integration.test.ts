import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openDatabase, planDeliveries } from "@rapport/db";
import { testDatabaseUrl } from "@rapport/db/testing";
import { type FakeResend, startFakeResend } from "@rapport/email/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDigest } from "./pipeline";
import { toPlannedDeliveries, whoIsDue } from "./plan";
import {
  fakeResendMailer,
  type PipelineDatabase,
  pipelineDatabase,
  seedDigestPeople,
  testRenderContext,
  testSources,
} from "./testing";

// PGlite is one connection in one process: real concurrency needs Postgres (CI sets DATABASE_URL).
const serverUrl = testDatabaseUrl();
const WEDNESDAY = new Date("2026-11-25T10:00:00Z");

function clockFrom(start: Date, extraMs = 0): () => Date {
  const offset = start.getTime() - Date.now() + extraMs;
  return () => new Date(Date.now() + offset);
}

function countsByRecipient(fake: FakeResend) {
  const counts = new Map<string, number>();
  for (const to of fake.messages.flatMap((m) => m.to)) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

describe.runIf(serverUrl)("digest workers on Postgres", () => {
  let fake: FakeResend;
  let database: PipelineDatabase;
  beforeAll(async () => {
    fake = await startFakeResend();
  });
  afterAll(async () => {
    await fake.close();
  });

  it("two workers at once send none twice and miss none, through 429s and 500s", async () => {
    database = await pipelineDatabase(serverUrl);
    try {
      const { people, managerId } = await seedDigestPeople(database.handle.db, 450);
      const second = await openDatabase({ url: database.url ?? "", max: 4 });
      fake.inject({ kind: "server-error", times: 2 });
      fake.inject({ kind: "rate-limit", retryAfterSeconds: 1 });
      fake.inject({ kind: "hang" });
      const worker = (db: typeof database.handle.db, workerId: string) =>
        runDigest({
          db,
          mailer: fakeResendMailer(fake),
          render: testRenderContext,
          sources: testSources,
          trigger: "test",
          workerId,
          now: clockFrom(WEDNESDAY),
          requestsPerSecond: 100,
          retryBaseMs: 20,
          concurrency: 2,
        });
      const [a, b] = await Promise.all([
        worker(database.handle.db, "worker-a"),
        worker(second.db, "worker-b"),
      ]);
      await second.close();

      const counts = countsByRecipient(fake);
      expect(counts.size).toBe(450);
      const manager = people.find((p) => p.id === managerId)?.email;
      for (const person of people)
        expect([person.email, counts.get(person.email)]).toEqual([
          person.email,
          person.email === manager ? 2 : 1,
        ]);
      // Both planned the same 451 deliveries; the unique row let only one plan each.
      expect(a.planned + b.planned).toBe(451);
      expect(a.sent + b.sent).toBe(451);
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      await database.drop();
      fake.reset();
    }
  });

  it("a worker killed mid-send and a restarted one send none twice and miss none", async () => {
    database = await pipelineDatabase(serverUrl);
    try {
      const { people } = await seedDigestPeople(database.handle.db, 250);
      // Plan only; the doomed worker in its own process does the sending.
      const due = await whoIsDue(database.handle.db, { now: WEDNESDAY });
      expect(await planDeliveries(database.handle.db, toPlannedDeliveries(due), "test-plan")).toBe(251);

      // Resend takes the first batch (the emails are stored) but the answer is held back…
      let answer: () => void = () => {};
      fake.inject({ kind: "slow", until: new Promise<void>((resolve) => (answer = resolve)) });
      const child = spawn(
        process.execPath,
        ["--import", "tsx", fileURLToPath(new URL("./testing/worker-child.ts", import.meta.url))],
        {
          env: {
            ...process.env,
            DATABASE_URL: database.url ?? "",
            FAKE_RESEND_URL: fake.url,
            LEASE_MS: "60000",
            CLOCK_START: WEDNESDAY.toISOString(),
          },
          cwd: fileURLToPath(new URL("..", import.meta.url)),
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let childOutput = "";
      child.stdout.on("data", (chunk) => (childOutput += String(chunk)));
      child.stderr.on("data", (chunk) => (childOutput += String(chunk)));
      const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      await fake
        .waitForMessage(() => true, 45_000)
        .catch((error: unknown) => {
          throw new Error(`${String(error)}\nchild said: ${childOutput}`);
        });
      // …and the worker dies before it hears back or records anything.
      child.kill("SIGKILL");
      await exited;
      expect(fake.messages).toHaveLength(100);
      answer();

      // Restarted after its lease ran out: it takes the batch over, re-sends it with the same key
      // (Resend answers from its idempotency store), and sends the rest.
      const restarted = await runDigest({
        db: database.handle.db,
        mailer: fakeResendMailer(fake),
        render: testRenderContext,
        sources: testSources,
        trigger: "test",
        workerId: "restarted",
        plan: false,
        now: clockFrom(WEDNESDAY, 61_000),
        requestsPerSecond: 100,
      });
      expect(restarted.sent).toBe(251);
      const counts = countsByRecipient(fake);
      expect(counts.size).toBe(250);
      expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(251);
      expect(
        fake.requests.some(
          (r) =>
            r.outcome === 200 &&
            r.idempotencyKey === fake.requests[0]?.idempotencyKey &&
            r !== fake.requests[0],
        ),
      ).toBe(true);
      expect(people).toHaveLength(250);
    } finally {
      await database.drop();
      fake.reset();
    }
  });
});
