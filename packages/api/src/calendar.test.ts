import { schema } from "@rapport/db";
import { dbTest } from "@rapport/db/testing";
import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { describe, expect } from "vitest";
import { feedDocument } from "./calendar/feeds";
import { refreshStaleSources } from "./calendar/read-source";
import type { CalendarFetcher } from "./calendar/safe-fetch";
import { callerFor, twoOrganisations } from "./testing";

// Fixtures in the shapes real tools write, dated relative to today so they fall in the import window.
const stamp = (offset: number, time = "") => {
  const date = new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
  return `${date}${time}`;
};
const crlf = (lines: string[]) => `${lines.join("\r\n")}\r\n`;

const googleExport = crlf([
  "BEGIN:VCALENDAR",
  "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
  "VERSION:2.0",
  "CALSCALE:GREGORIAN",
  "METHOD:PUBLISH",
  "X-WR-CALNAME:Community events",
  "X-WR-TIMEZONE:Europe/London",
  "BEGIN:VEVENT",
  `DTSTART:${stamp(12, "T180000Z")}`,
  `DTEND:${stamp(12, "T200000Z")}`,
  `DTSTAMP:${stamp(-1, "T090000Z")}`,
  "UID:7kukuqrfedlm2f9t0vqrq5ml0g@google.com",
  "DESCRIPTION:Talks\\, pizza and people. Bring a friend\\; doors open at 17:45.",
  "LOCATION:Impact Hub\\, 34b York Way\\, London",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Product people drinks\\, spring edition with a title long enough th",
  " at Google folds it across two lines",
  "END:VEVENT",
  "END:VCALENDAR",
]);

const outlookExport = crlf([
  "BEGIN:VCALENDAR",
  "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
  "VERSION:2.0",
  "METHOD:PUBLISH",
  "BEGIN:VEVENT",
  "UID:040000008200E00074C5B7101A82E00800000000B0D1",
  "SUMMARY;LANGUAGE=en-gb:Partner summit",
  `DTSTART;TZID="W. Europe Standard Time":${stamp(20, "T090000")}`,
  `DTEND;TZID="W. Europe Standard Time":${stamp(20, "T170000")}`,
  `DTSTAMP:${stamp(-2, "T100000Z")}`,
  "LOCATION:Messe Berlin",
  "END:VEVENT",
  "END:VCALENDAR",
]);

const meetupFeed = crlf([
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Meetup//RemoteApi//EN",
  "X-WR-CALNAME:Berlin Climate Tech",
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
  "BEGIN:VEVENT",
  "UID:monthly-climate@meetup.com",
  `DTSTAMP:${stamp(-5, "T080000Z")}`,
  `DTSTART;TZID=Europe/Berlin:${stamp(3, "T190000")}`,
  `DTEND;TZID=Europe/Berlin:${stamp(3, "T210000")}`,
  "RRULE:FREQ=WEEKLY;COUNT=4",
  `EXDATE;TZID=Europe/Berlin:${stamp(10, "T190000")}`,
  "SUMMARY:Climate tech evening",
  "URL:https://www.meetup.com/berlin-climate-tech/",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:monthly-climate@meetup.com",
  `RECURRENCE-ID;TZID=Europe/Berlin:${stamp(17, "T190000")}`,
  `DTSTAMP:${stamp(-5, "T080000Z")}`,
  `DTSTART;TZID=Europe/Berlin:${stamp(17, "T183000")}`,
  `DTEND;TZID=Europe/Berlin:${stamp(17, "T210000")}`,
  "SUMMARY:Climate tech evening (moved earlier)",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:offsite@team",
  `DTSTAMP:${stamp(-5, "T080000Z")}`,
  `DTSTART;VALUE=DATE:${stamp(30)}`,
  `DTEND;VALUE=DATE:${stamp(32)}`,
  "SUMMARY:Team offsite",
  "END:VEVENT",
  "END:VCALENDAR",
]);

const malformed = crlf([
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Hand written//EN",
  "BEGIN:VEVENT",
  "UID:good-1@example.org",
  `DTSTAMP:${stamp(-1, "T090000Z")}`,
  `DTSTART:${stamp(5, "T120000Z")}`,
  `DTEND:${stamp(5, "T130000Z")}`,
  "SUMMARY:Lunch and learn",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:bad-1@example.org",
  "DTSTART:not-a-date",
  "SUMMARY:Broken",
  "END:VEVENT",
  "END:VCALENDAR",
]);

async function eventsOf(db: Parameters<typeof twoOrganisations>[0], teamId: string) {
  return db.select().from(schema.events).where(eq(schema.events.teamId, teamId));
}

describe("calendar import", () => {
  dbTest(
    "imports Google, Outlook and Meetup-style files with recurrence, zones and all-day dates",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const caller = callerFor(db, f.employeeA);
      const google = await caller.calendar.importFile({ teamId: f.teamA.id, content: googleExport });
      expect(google).toMatchObject({ created: 1, problems: [] });
      const outlook = await caller.calendar.importFile({ teamId: f.teamA.id, content: outlookExport });
      expect(outlook).toMatchObject({ created: 1, problems: [] });
      const meetup = await caller.calendar.importFile({ teamId: f.teamA.id, content: meetupFeed });
      // Four weekly evenings, one excluded, one moved; plus the all-day offsite.
      expect(meetup).toMatchObject({ created: 4, problems: [] });

      const rows = await eventsOf(db, f.teamA.id);
      const drinks = rows.find((r) => r.uid.endsWith("@google.com"));
      expect(drinks?.title).toBe(
        "Product people drinks, spring edition with a title long enough that Google folds it across two lines",
      );
      expect(drinks?.venue).toBe("Impact Hub, 34b York Way, London");
      expect(drinks?.description).toBe("Talks, pizza and people. Bring a friend; doors open at 17:45.");
      const summit = rows.find((r) => r.title === "Partner summit");
      expect(summit?.timeZone).toBe("Europe/Berlin");
      const evenings = rows
        .filter((r) => r.uid.startsWith("monthly-climate@meetup.com"))
        .sort((a, b) => +a.startsAt - +b.startsAt);
      expect(evenings.map((e) => e.title)).toEqual([
        "Climate tech evening",
        "Climate tech evening (moved earlier)",
        "Climate tech evening",
      ]);
      const local = (d: Date) =>
        new Intl.DateTimeFormat("en-GB", {
          timeZone: "Europe/Berlin",
          hour: "2-digit",
          minute: "2-digit",
        }).format(d);
      expect(evenings.map((e) => local(e.startsAt))).toEqual(["19:00", "18:30", "19:00"]);
      const offsite = rows.find((r) => r.title === "Team offsite");
      expect(offsite).toMatchObject({ allDay: true });
      expect((offsite?.endsAt.getTime() ?? 0) - (offsite?.startsAt.getTime() ?? 0)).toBe(2 * 86_400_000);

      // The same files again: updates in place, never duplicates.
      const again = await caller.calendar.importFile({ teamId: f.teamA.id, content: meetupFeed });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
      expect(await eventsOf(db, f.teamA.id)).toHaveLength(rows.length);
    },
  );

  dbTest("a changed re-import updates the event and bumps its SEQUENCE", async ({ db }) => {
    const f = await twoOrganisations(db);
    const caller = callerFor(db, f.employeeA);
    await caller.calendar.importFile({ teamId: f.teamA.id, content: googleExport });
    const moved = googleExport.replace("Impact Hub\\, 34b York Way\\, London", "Second Home\\, Spitalfields");
    const result = await caller.calendar.importFile({ teamId: f.teamA.id, content: moved });
    expect(result).toMatchObject({ created: 0, updated: 1 });
    const [row] = await db
      .select()
      .from(schema.events)
      .where(
        and(
          eq(schema.events.teamId, f.teamA.id),
          eq(schema.events.uid, "7kukuqrfedlm2f9t0vqrq5ml0g@google.com"),
        ),
      );
    expect(row).toMatchObject({ venue: "Second Home, Spitalfields", sequence: 1 });
  });

  dbTest("a malformed file imports what is valid and lists each problem with its line", async ({ db }) => {
    const f = await twoOrganisations(db);
    const result = await callerFor(db, f.employeeA).calendar.importFile({
      teamId: f.teamA.id,
      content: malformed,
    });
    expect(result.created).toBe(1);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0]?.line).toBeGreaterThan(10);
    expect(result.message).toMatch(/1 added; \d+ problems?/);
  });

  dbTest(
    "an oversized or non-calendar file is refused, naming the limit, and nothing is written",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const caller = callerFor(db, f.employeeA);
      const before = (await eventsOf(db, f.teamA.id)).length;
      const huge = googleExport + "X".repeat(5 * 1024 * 1024);
      await expect(caller.calendar.importFile({ teamId: f.teamA.id, content: huge })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/at most 5 MB/),
      });
      await expect(
        caller.calendar.importFile({ teamId: f.teamA.id, content: "name,email\nAda,ada@example.org" }),
      ).rejects.toMatchObject({ message: "That file is not an iCalendar (.ics) file." });
      expect(await eventsOf(db, f.teamA.id)).toHaveLength(before);
    },
  );

  dbTest("a calendar URL is read now, on demand and records failures", async ({ db }) => {
    const f = await twoOrganisations(db);
    let body = meetupFeed;
    let up = true;
    const fetcher: CalendarFetcher = async () =>
      up
        ? { ok: true, body, url: "https://x", contentType: "text/calendar" }
        : { ok: false, reason: "The calendar server answered 503" };
    const caller = callerFor(db, f.employeeA, { calendarFetcher: fetcher });
    await expect(
      caller.calendar.addSource({ teamId: f.teamA.id, url: "http://192.168.1.5/cal.ics" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/private address/),
    });
    const added = await caller.calendar.addSource({
      teamId: f.teamA.id,
      url: "webcal://www.meetup.com/berlin/events/ical/",
    });
    expect(added).toMatchObject({ ok: true, summary: { created: 4 } });
    const sources = await caller.calendar.sources();
    const source = sources.find((s) => s.url === "https://www.meetup.com/berlin/events/ical/");
    expect(source).toMatchObject({ lastStatus: "ok", name: "Berlin Climate Tech" });

    body = meetupFeed.replace("SUMMARY:Team offsite", "SUMMARY:Team offsite (Lisbon)");
    const refreshed = await caller.calendar.refreshSource({ sourceId: source?.id ?? "" });
    expect(refreshed).toMatchObject({ ok: true, summary: { updated: 1, unchanged: 3 } });

    up = false;
    const failed = await caller.calendar.refreshSource({ sourceId: source?.id ?? "" });
    expect(failed).toEqual({ ok: false, message: "The calendar server answered 503." });
    expect((await caller.calendar.sources()).find((s) => s.id === source?.id)).toMatchObject({
      lastStatus: "error",
      lastMessage: "The calendar server answered 503.",
    });
    await expect(
      callerFor(db, f.managerB).calendar.refreshSource({ sourceId: source?.id ?? "" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("periodic re-read", () => {
  dbTest("reads only sources that are stale, a bounded few per pass", async ({ db }) => {
    const f = await twoOrganisations(db);
    const read: string[] = [];
    const fetcher: CalendarFetcher = async (url) => {
      read.push(url);
      return { ok: true, body: googleExport, url, contentType: "text/calendar" };
    };
    const caller = callerFor(db, f.employeeA, { calendarFetcher: fetcher });
    await caller.calendar.addSource({ teamId: f.teamA.id, url: "https://fresh.example.org/cal.ics" });
    read.length = 0;
    // Both sources were read just now (the fixture's one failed: failures wait for the next pass too).
    expect(await refreshStaleSources(db, fetcher, { now: new Date(Date.now() + 60_000) })).toBe(0);
    expect(read).toEqual([]);
    const muchLater = new Date(Date.now() + 7 * 3_600_000);
    expect(await refreshStaleSources(db, fetcher, { now: muchLater, limit: 1 })).toBe(1);
    // Oldest first: the fixture's source, read before the fresh one.
    expect(read).toEqual(["https://alpha.example.org/cal.ics"]);
    expect(await refreshStaleSources(db, fetcher, { now: muchLater, limit: 5 })).toBe(1);
    expect(read).toEqual(["https://alpha.example.org/cal.ics", "https://fresh.example.org/cal.ics"]);
  });
});

describe("calendar export and feeds", () => {
  dbTest("our team feed parses with ical.js, and re-importing it changes nothing", async ({ db }) => {
    const f = await twoOrganisations(db);
    const caller = callerFor(db, f.employeeA);
    await caller.events.create({
      teamId: f.teamA.id,
      title: "Founders, funders & friends; a long evening with a name that needs folding in the feed",
      kind: "conference",
      allDay: true,
      startDate: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10),
      endDate: new Date(Date.now() + 41 * 86_400_000).toISOString().slice(0, 10),
      timeZone: "Europe/Berlin",
      description: "Line one\nLine two, with a comma; and a semicolon",
      onlineUrl: "https://meet.example.org/founders",
      tags: [],
    });
    const issued = await caller.calendar.issueFeed({ kind: "team", teamId: f.teamA.id });
    const token = issued.url.split("/feed/")[1]?.replace(/\.ics$/, "") ?? "";
    const doc = await feedDocument(db, token);
    if (!doc) throw new Error("feed not served");
    expect(doc.contentType).toBe("text/calendar; charset=utf-8");
    expect(doc.body.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const parsed = new ICAL.Component(ICAL.parse(doc.body));
    const vevents = parsed.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const founders = vevents.find((e) => e.summary.startsWith("Founders"));
    expect(founders?.summary).toBe(
      "Founders, funders & friends; a long evening with a name that needs folding in the feed",
    );
    expect(founders?.description).toBe("Line one\nLine two, with a comma; and a semicolon");
    expect(founders?.startDate.isDate).toBe(true);
    expect(vevents.map((e) => e.uid).sort()).toEqual(
      (await eventsOf(db, f.teamA.id)).map((e) => e.uid).sort(),
    );

    const before = await eventsOf(db, f.teamA.id);
    const reimport = await caller.calendar.importFile({ teamId: f.teamA.id, content: doc.body });
    expect(reimport).toMatchObject({ created: 0, updated: 0, unchanged: before.length });
    expect(await eventsOf(db, f.teamA.id)).toEqual(before);
    // Unchanged data, unchanged bytes: calendars polling the feed get the same ETag.
    expect((await feedDocument(db, token))?.etag).toBe(doc.etag);
  });

  dbTest("feed links are secret, revocable and follow team membership", async ({ db }) => {
    const f = await twoOrganisations(db);
    const caller = callerFor(db, f.employeeA);
    const first = await caller.calendar.issueFeed({ kind: "team", teamId: f.teamA.id });
    const tokenOf = (url: string) => url.split("/feed/")[1]?.replace(/\.ics$/, "") ?? "";
    expect((await feedDocument(db, tokenOf(first.url)))?.body).toContain("SUMMARY:Alpha meetup");
    const stored = await db
      .select()
      .from(schema.calendarFeeds)
      .where(eq(schema.calendarFeeds.id, first.feedId));
    expect(stored[0]?.tokenHash).not.toContain(tokenOf(first.url));

    const second = await caller.calendar.issueFeed({ kind: "team", teamId: f.teamA.id });
    expect(second.feedId).toBe(first.feedId);
    expect(await feedDocument(db, tokenOf(first.url))).toBeNull();
    expect(await feedDocument(db, tokenOf(second.url))).not.toBeNull();

    await db.delete(schema.teamMembers).where(eq(schema.teamMembers.userId, f.employeeA.id));
    expect(await feedDocument(db, tokenOf(second.url))).toBeNull();

    await caller.calendar.revokeFeed({ feedId: second.feedId });
    expect(await caller.calendar.feeds()).toEqual([]);
    await expect(
      callerFor(db, f.managerA).calendar.issueFeed({ kind: "team", teamId: f.teamB.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  dbTest("my feed holds only the events I am going to", async ({ db }) => {
    const f = await twoOrganisations(db);
    const caller = callerFor(db, f.employeeA);
    const mine = await caller.calendar.issueFeed({ kind: "mine" });
    const token = mine.url.split("/feed/")[1]?.replace(/\.ics$/, "") ?? "";
    expect((await feedDocument(db, token))?.body).not.toContain("Alpha meetup");
    await caller.events.rsvp({ eventId: f.event.id, status: "going" });
    const doc = await feedDocument(db, token);
    expect(doc?.body).toContain("SUMMARY:Alpha meetup");
    expect(doc?.fileName).toBe("my-networking.ics");
  });
});
