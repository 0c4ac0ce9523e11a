import { schema } from "@rapport/db";
import { testDatabaseUrl } from "@rapport/db/testing";
import { type FakeResend, startFakeResend } from "@rapport/email/testing";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runDigest } from "./pipeline";
import {
  fakeResendMailer,
  type PipelineDatabase,
  pipelineDatabase,
  seedDigestPeople,
  testRenderContext,
  testSources,
} from "./testing";

// Wednesday 25 November 2026, 10:00 in London: everyone's Monday 08:00 has passed (week 2026-W48).
const WEDNESDAY = new Date("2026-11-25T10:00:00Z");
const NEXT_WEDNESDAY = new Date("2026-12-02T10:00:00Z");

/** A clock that starts at `start` and runs at real speed (retries wait for it to move on). */
function clockFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

function recipientsOf(f: FakeResend): string[] {
  return f.messages.flatMap((m) => m.to);
}

/** Every address received exactly `times` emails, nobody else received any. */
function expectEachOnce(f: FakeResend, expected: string[], perPerson: (email: string) => number = () => 1) {
  const counts = new Map<string, number>();
  for (const to of recipientsOf(f)) counts.set(to, (counts.get(to) ?? 0) + 1);
  expect([...counts.keys()].sort()).toEqual([...new Set(expected)].sort());
  for (const email of expected) expect([email, counts.get(email)]).toEqual([email, perPerson(email)]);
}

const engines: [string, string | undefined][] = [["PGlite", undefined]];
const serverUrl = testDatabaseUrl();
if (serverUrl) engines.push(["Postgres", serverUrl]);

describe.each(engines)("digest pipeline on %s", (_engine, url) => {
  let database: PipelineDatabase;
  beforeAll(async () => {
    database = await pipelineDatabase(url);
  });
  afterAll(() => database.drop());

  const run = (extra: Partial<Parameters<typeof runDigest>[0]> = {}) =>
    runDigest({
      db: database.handle.db,
      mailer: fakeResendMailer(fake),
      render: testRenderContext,
      sources: testSources,
      trigger: "test",
      now: clockFrom(WEDNESDAY),
      requestsPerSecond: 100,
      retryBaseMs: 20,
      log: process.env.DIGEST_TEST_LOG ? (line) => console.log(line) : undefined,
      ...extra,
    });

  it("sends every due person exactly one digest through 429s with retry-after, 500s and time-outs", async () => {
    const { people, managerId } = await seedDigestPeople(database.handle.db, 230);
    const manager = people.find((p) => p.id === managerId);
    fake.inject({ kind: "rate-limit", retryAfterSeconds: 1 });
    fake.inject({ kind: "server-error", times: 2 });
    fake.inject({ kind: "hang" });
    // Resend took this one but the answer came too late: the retry must not deliver it twice.
    fake.inject({ kind: "slow", delayMs: 700 });
    fake.inject({ kind: "server-error", status: 503, times: 3 });

    const result = await run();
    // 230 personal digests and one team digest for the manager.
    expect(result).toMatchObject({ planned: 231, sent: 231, failed: 0, skipped: 0 });
    expectEachOnce(
      fake,
      people.map((p) => p.email),
      (email) => (email === manager?.email ? 2 : 1),
    );
    // The 429 asked for a second: the same batch came back no sooner.

    const limited = fake.requests.findIndex((r) => r.outcome === 429);
    const retried = fake.requests
      .slice(limited + 1)
      .find((r) => r.idempotencyKey === fake.requests[limited]?.idempotencyKey);
    expect((retried?.at ?? 0) - (fake.requests[limited]?.at ?? 0)).toBeGreaterThanOrEqual(1000);

    // A second run in the same week finds nothing left to send.
    const again = await run();
    expect(again).toMatchObject({ planned: 0, sent: 0 });
    expect(recipientsOf(fake)).toHaveLength(231);

    const deliveries = await database.handle.db.select().from(schema.digestDeliveries);
    const mine = deliveries.filter((d) => people.some((p) => p.id === d.userId));
    expect(mine.every((d) => d.state === "sent" && d.resendId && d.payload === null)).toBe(true);
  });

  it("sends nothing before the person's local send time, and skips people unsubscribed or bounced", async () => {
    const { people } = await seedDigestPeople(database.handle.db, 4, { timeZone: "America/Los_Angeles" });
    const [early, unsubscribed, bounced, due] = people;
    if (!early || !unsubscribed || !bounced || !due) throw new Error("people");
    // 07:00 on Monday in Los Angeles: too early for the default 08:00.
    const mondaySeven = new Date("2026-11-23T15:00:00Z");
    expect((await run({ now: clockFrom(mondaySeven), userIds: people.map((p) => p.id) })).planned).toBe(0);

    await database.handle.db
      .insert(schema.digestPreferences)
      .values({ userId: unsubscribed.id, enabled: false });
    await database.handle.db
      .insert(schema.emailSuppressions)
      .values({ email: bounced.email, reason: "bounced" });
    await database.handle.db.insert(schema.digestPreferences).values({ userId: early.id, day: 3, hour: 9 });
    // Tuesday 08:00 there: the Monday people are due, the Wednesday 09:00 person is not yet.
    const tuesday = new Date("2026-11-24T16:00:00Z");
    const result = await run({ now: clockFrom(tuesday), userIds: people.map((p) => p.id) });
    expect(recipientsOf(fake).sort()).toEqual(
      [due.email, due.email].sort().slice(0, recipientsOf(fake).length),
    );
    expect(recipientsOf(fake)).toContain(due.email);
    expect(recipientsOf(fake)).not.toContain(unsubscribed.email);
    expect(recipientsOf(fake)).not.toContain(bounced.email);
    expect(recipientsOf(fake)).not.toContain(early.email);
    expect(result.failed).toBe(0);
  });

  it("does not send a digest with nothing useful in it, and says why", async () => {
    const { people } = await seedDigestPeople(database.handle.db, 2);
    const quiet = people[1];
    if (!quiet) throw new Error("people");
    const result = await run({
      userIds: [quiet.id],
      sources: {
        ...testSources,
        async employee(db, user, week) {
          const full = await testSources.employee(db, user, week);
          return {
            person: full.person,
            weekKey: full.weekKey,
            now: full.now,
            topBarrier: full.topBarrier,
            profile: full.profile,
          };
        },
      },
    });
    expect(result).toMatchObject({ planned: 1, sent: 0, skipped: 1 });
    expect(fake.messages).toHaveLength(0);
    const [row] = await database.handle.db
      .select()
      .from(schema.digestDeliveries)
      .where(eq(schema.digestDeliveries.userId, quiet.id));
    expect(row).toMatchObject({ state: "skipped", error: "Nothing worth sending this week." });
  });

  it("marks a batch failed with Resend's reason when it keeps failing, and never sends it later", async () => {
    const { people } = await seedDigestPeople(database.handle.db, 3);
    const ids = people.slice(1).map((p) => p.id);
    fake.inject({ kind: "server-error", times: 50 });
    const result = await run({ userIds: ids, maxAttempts: 2 });
    expect(result).toMatchObject({ planned: 2, sent: 0, failed: 2 });
    const rows = await database.handle.db.select().from(schema.digestDeliveries);
    const failed = rows.filter((r) => ids.includes(r.userId));
    expect(failed.map((r) => r.state)).toEqual(["failed", "failed"]);
    expect(failed[0]?.error).toMatch(/Resend kept failing \(500 internal_server_error/);

    fake.reset();
    expect((await run({ userIds: ids })).sent).toBe(0);
    expect(fake.messages).toHaveLength(0);
  });

  it("fails at once, without retrying, when Resend refuses the batch", async () => {
    const { people } = await seedDigestPeople(database.handle.db, 2);
    const id = people[1]?.id ?? "";
    fake.inject({ kind: "error", status: 422, name: "validation_error", message: "Invalid `to` field." });
    const result = await run({ userIds: [id] });
    expect(result).toMatchObject({ sent: 0, failed: 1 });
    expect(fake.requests.filter((r) => r.path === "/emails/batch")).toHaveLength(1);
  });

  it("sends nothing to someone who unsubscribed with one click, the following week", async () => {
    const { people } = await seedDigestPeople(database.handle.db, 2);
    const person = people[1];
    if (!person) throw new Error("people");
    await run({ userIds: [person.id] });
    const [first] = fake.messages;
    expect(first?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const url = /<(https:[^>]+)>/.exec(first?.headers["List-Unsubscribe"] ?? "")?.[1] ?? "";
    const { handleUnsubscribe } = await import("./unsubscribe");
    const token = url.split("/").pop() ?? "";
    expect(
      await handleUnsubscribe(database.handle.db, testRenderContext.secret, token, "unsubscribe"),
    ).toMatchObject({ status: 200 });

    fake.reset();
    const next = await run({ userIds: [person.id], now: clockFrom(NEXT_WEDNESDAY) });
    expect(next.planned).toBe(0);
    expect(fake.messages).toHaveLength(0);
  });
});
