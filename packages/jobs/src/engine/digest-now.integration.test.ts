import { schema } from "@rapport/db";
import { testDatabaseUrl } from "@rapport/db/testing";
import { isoWeekKey } from "@rapport/domain/time";
import { type FakeResend, startFakeResend } from "@rapport/email/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fakeResendMailer,
  type PipelineDatabase,
  pipelineDatabase,
  seedDigestPeople,
  testRenderContext,
  testSources,
} from "../testing";
import { digestNow } from "./digest-now";
import { type JobEngine, startJobEngine } from "./start";

// `npm run digest` and POST /api/cron/digest go through the job engine: the digest-plan job's code
// plans, sender jobs send (here, or on the workers), and the caller reports what the jobs did.
const engines: [string, string | undefined][] = [["PGlite", undefined]];
const serverUrl = testDatabaseUrl();
if (serverUrl) engines.push(["Postgres", serverUrl]);

describe.each(engines)("digest by hand through the job engine on %s", (_engine, url) => {
  let fake: FakeResend;
  let database: PipelineDatabase;
  const week = isoWeekKey(new Date(), "Europe/London");
  beforeAll(async () => {
    fake = await startFakeResend();
    database = await pipelineDatabase(url);
  });
  afterAll(async () => {
    await database.drop();
    await fake.close();
  });
  const engineOptions = () => ({
    // A generous time-out: a 100-email batch can take a while to reach the fake on a busy machine.
    mailer: fakeResendMailer(fake, { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, 30_000),
    render: testRenderContext,
    sources: testSources,
    requestsPerSecond: 100,
    log: () => {},
  });

  it("plans, sends through sender jobs in this process, and reports their totals; a second run sends nothing", async () => {
    const { people, managerId } = await seedDigestPeople(database.handle.db, 120);
    const result = await digestNow({
      handle: database.handle,
      trigger: "cli",
      week,
      userIds: people.map((p) => p.id),
      sendHere: true,
      waitMs: 120_000,
      engineOptions: engineOptions(),
    });
    expect(result).toMatchObject({ planned: 121, sent: 121, skipped: 0, failed: 0, finished: true });
    expect(result.queued).toBeGreaterThanOrEqual(1);
    const counts = new Map<string, number>();
    for (const to of fake.messages.flatMap((m) => m.to)) counts.set(to, (counts.get(to) ?? 0) + 1);
    for (const person of people)
      expect([person.email, counts.get(person.email)]).toEqual([
        person.email,
        person.id === managerId ? 2 : 1,
      ]);
    // The sending happened in pg-boss jobs, and the admin's list says who started it.
    const jobs = await database.handle.db.execute(
      sql`select state, data->>'trigger' as trigger from pgboss.job where name = 'digest-send'`,
    );
    const rows = (Array.isArray(jobs) ? jobs : (jobs as { rows: unknown[] }).rows) as {
      state: string;
      trigger: string;
    }[];
    expect(rows.length).toBe(result.queued);
    expect(rows.every((r) => r.state === "completed" && r.trigger === "cli")).toBe(true);
    const runs = await database.handle.db.select().from(schema.digestRuns);
    expect(runs.some((r) => r.trigger === "cli" && r.sent > 0)).toBe(true);

    const again = await digestNow({
      handle: database.handle,
      trigger: "cli",
      week,
      userIds: people.map((p) => p.id),
      sendHere: true,
      waitMs: 10_000,
      engineOptions: engineOptions(),
    });
    expect(again).toMatchObject({ planned: 0, queued: 0, sent: 0, finished: true });
    expect(fake.messages.flatMap((m) => m.to)).toHaveLength(121);
  }, 180_000);

  it.runIf(url)(
    "from a web process without workers: queues for the worker processes and waits for them",
    async () => {
      fake.reset();
      const { people } = await seedDigestPeople(database.handle.db, 30);
      const request = { trigger: "cron", week, userIds: people.map((p) => p.id) };
      // Nobody is working: the answer says what was planned and that the senders are still queued.
      const queuedOnly = await digestNow({
        handle: database.handle,
        ...request,
        sendHere: false,
        waitMs: 1_000,
      });
      expect(queuedOnly).toMatchObject({ planned: 31, sent: 0, finished: false });
      expect(fake.messages).toHaveLength(0);

      // A worker process starts: it sends what is waiting; the next call plans nothing new and has
      // its own sender do whatever the first left.
      let worker: JobEngine | undefined;
      try {
        worker = await startJobEngine({ ...engineOptions(), handle: database.handle, role: "worker" });
        const later = await digestNow({
          handle: database.handle,
          ...request,
          sendHere: false,
          waitMs: 60_000,
        });
        expect(later.planned).toBe(0);
        expect(later.finished).toBe(true);
        const waitForAll = Date.now() + 60_000;
        while (fake.messages.flatMap((m) => m.to).length < 31 && Date.now() < waitForAll)
          await new Promise((resolve) => setTimeout(resolve, 200));
        expect(new Set(fake.messages.flatMap((m) => m.to)).size).toBe(30);
        expect(fake.messages.flatMap((m) => m.to)).toHaveLength(31);
      } finally {
        await worker?.stop(5_000);
      }
    },
    180_000,
  );
});
