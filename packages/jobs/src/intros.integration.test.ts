import { schema } from "@rapport/db";
import { testDatabaseUrl } from "@rapport/db/testing";
import { type FakeResend, startFakeResend } from "@rapport/email/testing";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
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

  it("attaches an .ics hold at the slot inside everyone's networking time, and none when there is no slot", async () => {
    const db = database.handle.db;
    const { organisationId, people } = await seedDigestPeople(db, 4);
    await db
      .update(schema.organisations)
      .set({ timeZone: "UTC" })
      .where(eq(schema.organisations.id, organisationId));
    // Wednesdays 12:00 London is 21:00 in Tokyo in December: the same hour for everyone with a block.
    const [ann, bob, cy, di] = people as [
      (typeof people)[number],
      (typeof people)[number],
      (typeof people)[number],
      (typeof people)[number],
    ];
    await db.update(schema.users).set({ timeZone: "Asia/Tokyo" }).where(eq(schema.users.id, bob.id));
    const block = { days: ["WE"], durationMinutes: 60, startDate: "2026-01-01" };
    await db.insert(schema.networkingTimeBlocks).values([
      { ...block, userId: ann.id, startTime: "12:00", timeZone: "Europe/London" },
      { ...block, userId: bob.id, startTime: "21:00", timeZone: "Asia/Tokyo" },
    ]);
    const [programme] = await db
      .insert(schema.introProgrammes)
      .values({ organisationId, name: "Walks; & talks", weekday: 2, cadenceWeeks: 2 })
      .returning();
    await db.insert(schema.introParticipants).values(
      people.map((p, i) => ({
        programmeId: programme?.id as string,
        userId: p.id,
        // Ann and Bob share a topic, so do Cy and Di: the matching pairs them that way.
        interests: i < 2 ? ["sailing"] : ["chess"],
        doNotPair: i < 2 ? [cy.id, di.id] : [ann.id, bob.id],
      })),
    );
    const mailer = fakeResendMailer(fake);
    await runIntros({ db, mailer, now: TUESDAY_NOON, appUrl: testRenderContext.appUrl });

    const toAnn = fake.messages.find((m) => m.to.includes(ann.email));
    const toBob = fake.messages.find((m) => m.to.includes(bob.email));
    const toCy = fake.messages.find((m) => m.to.includes(cy.email));
    expect(toAnn?.text).toContain("Wed 2 Dec, 12:00–12:30");
    expect(toBob?.text).toContain("Wed 2 Dec, 21:00–21:30");
    const [hold] = toAnn?.attachments ?? [];
    expect(hold).toMatchObject({
      filename: "intro.ics",
      contentType: expect.stringContaining("text/calendar"),
    });
    const calendar = new ICAL.Component(ICAL.parse(hold?.content ?? ""));
    const vevent = calendar.getFirstSubcomponent("vevent");
    if (!vevent) throw new Error("no VEVENT in the hold");
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-02T12:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-02T12:30:00.000Z");
    expect(event.summary).toContain("(Walks; & talks)");
    expect(
      vevent
        .getAllProperties("attendee")
        .map((a) => String(a.getFirstValue()))
        .sort(),
    ).toEqual([`mailto:${ann.email}`, `mailto:${bob.email}`].sort());
    // Both members get the same event (one UID per group), so either calendar updates the one hold.
    expect(toBob?.attachments[0]?.content).toContain(`UID:${event.uid}`);
    // Cy and Di have no networking time: no hold, and the email says so.
    expect(toCy?.attachments).toEqual([]);
    expect(toCy?.text).toContain("Pick a time that suits you both");
  });
});
