import { schema } from "@rapport/db";
import { testDatabaseUrl } from "@rapport/db/testing";
import { type FakeResend, startFakeResend } from "@rapport/email/testing";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runIntros } from "./intros";
import {
  fakeResendMailer,
  type PipelineDatabase,
  pipelineDatabase,
  seedDigestPeople,
  testRenderContext,
} from "./testing";

// Tuesday 1 December 2026. London people get their intro at 10:00 UTC; Tokyo people at 01:00 UTC.
const TUESDAY_EARLY = new Date("2026-12-01T06:00:00Z");
const TUESDAY_NOON = new Date("2026-12-01T12:00:00Z");

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

const engines: [string, string | undefined][] = [["PGlite", undefined]];
const serverUrl = testDatabaseUrl();
if (serverUrl) engines.push(["Postgres", serverUrl]);

describe.each(engines)("intros round on %s", (_engine, url) => {
  let database: PipelineDatabase;
  beforeAll(async () => {
    database = await pipelineDatabase(url);
  });
  afterAll(() => database.drop());

  it("plans a due round once and sends each intro email once, at 10:00 in each person's zone", async () => {
    const db = database.handle.db;
    const { organisationId, people } = await seedDigestPeople(db, 7);
    const tokyo = people.slice(5).map((p) => p.id);
    for (const id of tokyo)
      await db.update(schema.users).set({ timeZone: "Asia/Tokyo" }).where(eq(schema.users.id, id));
    await db
      .update(schema.organisations)
      .set({ timeZone: "UTC" })
      .where(eq(schema.organisations.id, organisationId));
    const [programme] = await db
      .insert(schema.introProgrammes)
      .values({ organisationId, name: "Coffee", weekday: 2, cadenceWeeks: 2 })
      .returning();
    await db
      .insert(schema.introParticipants)
      .values(
        people.map((p) => ({ programmeId: programme?.id as string, userId: p.id, interests: ["sailing"] })),
      );
    const mailer = fakeResendMailer(fake);
    const run = (now: Date) => runIntros({ db, mailer, now, appUrl: testRenderContext.appUrl });

    // 06:00 UTC: the round is planned; only the Tokyo people have reached 10:00.
    expect(await run(TUESDAY_EARLY)).toEqual({ planned: 1, sent: 2, failed: 0 });
    expect(await run(TUESDAY_EARLY)).toEqual({ planned: 0, sent: 0, failed: 0 });
    // Noon: everyone else; a third pass finds nothing more to do.
    expect(await run(TUESDAY_NOON)).toEqual({ planned: 0, sent: 5, failed: 0 });
    expect(await run(TUESDAY_NOON)).toEqual({ planned: 0, sent: 0, failed: 0 });

    const received = fake.messages.flatMap((m) => m.to).sort();
    expect(received).toEqual(people.map((p) => p.email).sort());
    const first = fake.messages[0];
    expect(first?.subject).toMatch(/^Coffee: meet /);
    expect(first?.text).toContain("You both care about sailing");
    expect(first?.text).toContain("https://rapport.test/today");
    // Seven people, pairs: two pairs and one trio.
    const groups = await db.select().from(schema.introGroups);
    expect(groups).toHaveLength(3);
  });
});
