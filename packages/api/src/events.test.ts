import { attendedEventActivities, schema } from "@rapport/db";
import { dbTest } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, makeUser, twoOrganisations } from "./testing";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const form = (overrides: Record<string, unknown> = {}) => ({
  title: "Partnerships breakfast",
  kind: "meetup" as const,
  allDay: false,
  startDate: day(10),
  startTime: "08:30",
  endDate: day(10),
  endTime: "10:00",
  timeZone: "Europe/London",
  venue: "The Corner Café, 12 High St",
  tags: ["Fintech", "fintech", " partnerships "],
  cost: "Free",
  ...overrides,
});

describe("team events", () => {
  dbTest("an employee adds an event, a teammate says going, and both see who is going", async ({ db }) => {
    const f = await twoOrganisations(db);
    const event = await callerFor(db, f.employeeA).events.create({ teamId: f.teamA.id, ...form() });
    expect(event.tags).toEqual(["fintech", "partnerships"]);
    expect(event.uid).toBe(`${event.id}@rapport.events`);

    await callerFor(db, f.managerA).events.rsvp({ eventId: event.id, status: "going" });
    await callerFor(db, f.employeeA).events.rsvp({ eventId: event.id, status: "interested" });

    for (const who of [f.employeeA, f.managerA]) {
      const list = await callerFor(db, who).events.list({ view: "upcoming" });
      const row = list.events.find((e) => e.id === event.id);
      expect(row?.going.map((g) => g.userId)).toEqual([f.managerA.id]);
      expect(row?.interestedCount).toBe(1);
    }
    const detail = await callerFor(db, f.employeeA).events.get({ eventId: event.id });
    expect(detail.myRsvp).toBe("interested");
    expect(detail.starters).toHaveLength(2);
    expect(detail.phase).toBe("upcoming");
    expect(detail.allowedRsvps).toEqual(["interested", "going"]);
  });

  dbTest("another organisation, or a team I am not in, finds nothing", async ({ db }) => {
    const f = await twoOrganisations(db);
    const outsider = await makeUser(db, "Olga Otherteam");
    const [gamma] = await db
      .insert(schema.teams)
      .values({ organisationId: f.orgA.id, name: "Gamma" })
      .returning();
    await db.insert(schema.memberships).values({ organisationId: f.orgA.id, userId: outsider.id });
    await db.insert(schema.teamMembers).values({ teamId: gamma?.id ?? "", userId: outsider.id });

    for (const who of [f.adminB, f.managerB, outsider]) {
      const caller = callerFor(db, who);
      await expect(caller.events.get({ eventId: f.event.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(caller.events.rsvp({ eventId: f.event.id, status: "going" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(caller.events.update({ eventId: f.event.id, ...form() })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(caller.calendar.eventFile({ eventId: f.event.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(caller.events.create({ teamId: f.teamA.id, ...form() })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect((await caller.events.list({ view: "upcoming" })).events.map((e) => e.id)).not.toContain(
        f.event.id,
      );
    }
  });

  dbTest("only the author, the team's managers and admins change or cancel an event", async ({ db }) => {
    const f = await twoOrganisations(db);
    await expect(
      callerFor(db, f.employeeA).events.update({ eventId: f.event.id, ...form() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const updated = await callerFor(db, f.managerA).events.update({ eventId: f.event.id, ...form() });
    expect(updated.sequence).toBe(f.event.sequence + 1);
    const cancelled = await callerFor(db, f.adminA).events.cancel({ eventId: f.event.id });
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.sequence).toBe(f.event.sequence + 2);
    const file = await callerFor(db, f.employeeA).calendar.eventFile({ eventId: f.event.id });
    expect(file.body).toContain("STATUS:CANCELLED");
    expect(file.body).toContain("SEQUENCE:2");
  });

  dbTest("explains bad input beside the field", async ({ db }) => {
    const f = await twoOrganisations(db);
    const caller = callerFor(db, f.employeeA);
    await expect(
      caller.events.create({ teamId: f.teamA.id, ...form({ endTime: "07:00" }) }),
    ).rejects.toMatchObject({ message: "The event must end after it starts." });
    await expect(
      caller.events.create({ teamId: f.teamA.id, ...form({ onlineUrl: "zoom meeting" }) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  dbTest("'I attended' comes after the start, and counts toward goals", async ({ db }) => {
    const f = await twoOrganisations(db);
    const caller = callerFor(db, f.employeeA);
    await expect(caller.events.rsvp({ eventId: f.event.id, status: "attended" })).rejects.toMatchObject({
      message: "You can mark yourself as attended once the event has started.",
    });
    const past = await caller.events.create({
      teamId: f.teamA.id,
      ...form({ startDate: day(-3), endDate: day(-3) }),
    });
    await expect(caller.events.rsvp({ eventId: past.id, status: "going" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await caller.events.rsvp({ eventId: past.id, status: "attended" });
    const activities = await attendedEventActivities(
      db,
      { userId: f.employeeA.id, organisationId: f.orgA.id },
      {
        from: new Date(Date.now() - 7 * 86_400_000),
        to: new Date(),
      },
    );
    expect(activities).toEqual([{ kind: "event_attended", at: past.startsAt, userId: f.employeeA.id }]);
    const pastList = await caller.events.list({ view: "past" });
    expect(pastList.events[0]).toMatchObject({ id: past.id, myRsvp: "attended" });
  });

  dbTest("filters by kind, tag and words", async ({ db }) => {
    const f = await twoOrganisations(db);
    const caller = callerFor(db, f.employeeA);
    await caller.events.create({
      teamId: f.teamA.id,
      ...form({ title: "AI Summit", kind: "conference", tags: ["AI"] }),
    });
    const byKind = await caller.events.list({ view: "upcoming", kind: "conference" });
    expect(byKind.events.map((e) => e.title)).toEqual(["AI Summit"]);
    const byTag = await caller.events.list({ view: "upcoming", tag: "ai" });
    expect(byTag.events.map((e) => e.title)).toEqual(["AI Summit"]);
    const byWords = await caller.events.list({ view: "upcoming", search: "summ" });
    expect(byWords.events.map((e) => e.title)).toEqual(["AI Summit"]);
    expect(byTag.tags).toContain("ai");
  });
});
