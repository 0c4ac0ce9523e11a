import { type DatabaseHandle, openDatabase, recordSourceRead, schema } from "@rapport/db";
import { testDatabaseUrl } from "@rapport/db/testing";
import { type FakeResend, startFakeResend } from "@rapport/email/testing";
import { eq, sql } from "drizzle-orm";
import { TestClock } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fakeResendMailer,
  type PipelineDatabase,
  pipelineDatabase,
  seedDigestPeople,
  testRenderContext,
  testSources,
} from "../testing";
import { type JobEngine, type JobRole, startJobEngine } from "./start";

// The whole deployment's background work through pg-boss, a simulated week on a test clock (no
// sleeps for the calendar): on Postgres three web processes that also run workers and two worker
// processes, each with its own connection pool; on PGlite the embedded start's single process.
const serverUrl = testDatabaseUrl();
const MONDAY_EARLY = Date.parse("2026-11-23T06:00:00Z");
const HOUR = 3_600_000;
const RATE = 2;
const STEP_HOURS = 6;

describe(`background jobs on ${serverUrl ? "Postgres (5 processes)" : "PGlite (embedded)"}`, () => {
  let fake: FakeResend;
  let database: PipelineDatabase;
  const handles: DatabaseHandle[] = [];
  const engines: JobEngine[] = [];

  beforeAll(async () => {
    fake = await startFakeResend();
    // The stand-in refuses (429) anything over Resend's default team limit.
    fake.setRateLimit(RATE);
  });
  afterAll(async () => {
    for (const engine of engines) await engine.stop(2_000).catch(() => {});
    for (const handle of handles) await handle.close().catch(() => {});
    await database?.drop();
    await fake.close();
  });

  it("sends every digest once, reads each calendar once per interval, prunes, and stays under the Resend rate", async () => {
    database = await pipelineDatabase(serverUrl);
    const { db } = database.handle;
    const { organisationId, people, managerId } = await seedDigestPeople(db, 150);
    const [team] = await db.insert(schema.teams).values({ organisationId, name: "Events" }).returning();
    const sources = await db
      .insert(schema.calendarSources)
      .values(
        [
          "https://cal.example.org/a.ics",
          "https://cal.example.org/b.ics",
          "https://other.example.net/c.ics",
        ].map((url) => ({ organisationId, teamId: team?.id ?? "", url })),
      )
      .returning({ id: schema.calendarSources.id });
    // Rows pruning must remove: an ended rate-limit window and an expired session; and keep a live one.
    await db
      .insert(schema.rateLimits)
      .values({ key: "email:old", windowStart: new Date(MONDAY_EARLY - 3 * 86_400_000) });
    await db.insert(schema.sessions).values([
      { sessionToken: "expired", userId: managerId, expires: new Date(MONDAY_EARLY + HOUR) },
      { sessionToken: "live", userId: managerId, expires: new Date(MONDAY_EARLY + 30 * 86_400_000) },
    ]);

    const reads: { sourceId: string; at: number }[] = [];
    const clock = new TestClock(MONDAY_EARLY);
    const roles: JobRole[] = serverUrl ? ["all", "all", "all", "worker", "worker"] : ["all"];
    for (const [i, role] of roles.entries()) {
      const handle = serverUrl ? await openDatabase({ url: database.url ?? "", max: 3 }) : database.handle;
      if (serverUrl) handles.push(handle);
      engines.push(
        await startJobEngine({
          handle,
          role,
          clock,
          name: `${role}-${i}`,
          // One request per attempt: every retry takes its own slot of the shared budget.
          mailer: fakeResendMailer(fake, { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }),
          render: testRenderContext,
          sources: testSources,
          requestsPerSecond: RATE,
          calendar: async (readDb, sourceId, now) => {
            reads.push({ sourceId, at: now.getTime() });
            await recordSourceRead(readDb, sourceId, { ok: true, message: "read" }, now);
          },
          log: () => {},
        }),
      );
    }

    // Waits (in real time) until no job is queued and ready or running; time stands still meanwhile
    // except for short ticks that let the workers poll.
    const settle = async () => {
      for (let i = 0; i < 400; i++) {
        await clock.tick(2_000);
        // Read the job table itself: the engine's queue counts are a cache refreshed every minute.
        const now = new Date(clock.now()).toISOString();
        const result = await db.execute(sql`
          select count(*)::int as busy from pgboss.job
          where name not like '\_\_%' and (state = 'active'
            or (state in ('created', 'retry') and start_after <= ${now}::timestamptz))`);
        // postgres.js answers an array, PGlite an object with rows.
        const rows: unknown = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
        const [row] = rows as { busy: number }[];
        const busy = Number(row?.busy ?? 0);
        if (process.env.JOBS_TEST_LOG) console.log(new Date(clock.now()).toISOString(), busy);
        if (busy === 0 && i > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error("the queues did not drain");
    };

    // A week, six hours at a time: each jump fires every timer it passed once, as after a sleep,
    // and each schedule catches up once (missed: once).
    for (let hour = 1; hour <= Number(process.env.JOBS_TEST_HOURS ?? 7 * 24); hour += STEP_HOURS) {
      await clock.setTime(MONDAY_EARLY + hour * HOUR);
      await settle();
    }

    // Every digest exactly once (the manager also gets the team digest).
    const counts = new Map<string, number>();
    for (const to of fake.messages.flatMap((m) => m.to)) counts.set(to, (counts.get(to) ?? 0) + 1);
    expect(counts.size).toBe(150);
    for (const person of people) {
      expect([person.email, counts.get(person.email)]).toEqual([
        person.email,
        person.id === managerId ? 2 : 1,
      ]);
    }
    // Never above the rate across all processes, and never refused for it.
    const arrivals = fake.requests.filter((r) => r.path === "/emails/batch").map((r) => r.at);
    for (const at of arrivals)
      expect(arrivals.filter((t) => t >= at && t < at + 1000).length).toBeLessThanOrEqual(RATE);
    expect(fake.requests.filter((r) => r.outcome === 429)).toHaveLength(0);

    // Each calendar source read once per interval: never twice within six hours, and all week long.
    for (const source of sources) {
      const times = reads.filter((r) => r.sourceId === source.id).map((r) => r.at);
      for (let i = 1; i < times.length; i++)
        expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(6 * HOUR);
      expect(times.length).toBeGreaterThanOrEqual(10);
    }

    // Pruned: the old window and the expired session went; the live session stayed.
    expect(
      await db.select().from(schema.rateLimits).where(eq(schema.rateLimits.key, "email:old")),
    ).toHaveLength(0);
    const sessions = await db.select().from(schema.sessions).where(eq(schema.sessions.userId, managerId));
    expect(sessions.map((s) => s.sessionToken)).toEqual(["live"]);
  }, 240_000);
});
