import { schema } from "@rapport/db";
import { dbTest } from "@rapport/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect } from "vitest";
import { readCalendarSourceById } from "./calendar/read-source";
import type { CalendarFetcher } from "./calendar/safe-fetch";
import { callerFor, twoOrganisations } from "./testing";

// A day a few weeks ahead, so every event falls inside the import window.
const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
const crlf = (lines: string[]) => `${lines.join("\r\n")}\r\n`;
const event = (uid: string, lines: string[]) => [
  "BEGIN:VEVENT",
  `UID:${uid}`,
  "DTSTAMP:20260101T000000Z",
  ...lines,
  "END:VEVENT",
];
const calendar = (...events: string[][]) =>
  crlf(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hand written//EN", ...events.flat(), "END:VCALENDAR"]);

// Outlook on a desktop writes a zone name it does not describe; a hand-made file writes no zone at all.
const unplaced = calendar(
  event("floating@example.org", [`DTSTART:${day}T183000`, `DTEND:${day}T203000`, "SUMMARY:Founders' supper"]),
  event("unknown-zone@example.org", [
    `DTSTART;TZID=Customized Time Zone:${day}T090000`,
    `DTEND;TZID=Customized Time Zone:${day}T100000`,
    "SUMMARY:Breakfast briefing",
  ]),
);

const inZone = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(d);

async function setOrganisationZone(db: Parameters<typeof twoOrganisations>[0], id: string, timeZone: string) {
  await db.update(schema.organisations).set({ timeZone }).where(eq(schema.organisations.id, id));
}

describe("calendar times without a zone we can place", () => {
  dbTest(
    "an uploaded file's floating and unknown-zone times are read in the organisation's zone",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      await setOrganisationZone(db, f.orgA.id, "America/New_York");
      const result = await callerFor(db, f.employeeA).calendar.importFile({
        teamId: f.teamA.id,
        content: unplaced,
      });
      expect(result.created).toBe(2);
      expect(result.problems.map((p) => p.message)).toEqual([
        expect.stringContaining('Unknown time zone "Customized Time Zone"'),
      ]);
      expect(result.problems[0]?.message).toContain("America/New_York");
      const rows = await db.select().from(schema.events).where(eq(schema.events.teamId, f.teamA.id));
      const supper = rows.find((r) => r.title === "Founders' supper");
      const briefing = rows.find((r) => r.title === "Breakfast briefing");
      expect(inZone(supper?.startsAt ?? new Date(0), "America/New_York")).toBe("18:30");
      expect(inZone(briefing?.startsAt ?? new Date(0), "America/New_York")).toBe("09:00");
    },
  );

  dbTest(
    "a calendar address re-read in the background uses the source's organisation's zone",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      await setOrganisationZone(db, f.orgA.id, "Asia/Tokyo");
      await setOrganisationZone(db, f.orgB.id, "America/Los_Angeles");
      const fetcher: CalendarFetcher = async (url) => ({
        ok: true,
        body: unplaced,
        url,
        contentType: "text/calendar",
      });
      const added = await callerFor(db, f.employeeA, { calendarFetcher: fetcher }).calendar.addSource({
        teamId: f.teamA.id,
        url: "https://calendar.example.org/suppers.ics",
      });
      expect(added).toMatchObject({ ok: true });
      // Someone moves the supper in their calendar app; the periodic re-read picks it up.
      const moved = unplaced.replace(`DTSTART:${day}T183000`, `DTSTART:${day}T190000`);
      const later: CalendarFetcher = async (url) => ({
        ok: true,
        body: moved,
        url,
        contentType: "text/calendar",
      });
      const [source] = await db
        .select()
        .from(schema.calendarSources)
        .where(eq(schema.calendarSources.url, "https://calendar.example.org/suppers.ics"));
      const reread = await readCalendarSourceById(db, source?.id ?? "", new Date(), later);
      expect(reread).toMatchObject({ ok: true, summary: { updated: 1 } });
      const rows = await db.select().from(schema.events).where(eq(schema.events.teamId, f.teamA.id));
      const supper = rows.find((r) => r.title === "Founders' supper");
      expect(inZone(supper?.startsAt ?? new Date(0), "Asia/Tokyo")).toBe("19:00");
      expect(supper?.timeZone).toBe("Asia/Tokyo");
    },
  );

  dbTest("an organisation zone the server does not know reads as UTC rather than failing", async ({ db }) => {
    const f = await twoOrganisations(db);
    await setOrganisationZone(db, f.orgA.id, "Mars/Olympus_Mons");
    const result = await callerFor(db, f.employeeA).calendar.importFile({
      teamId: f.teamA.id,
      content: unplaced,
    });
    expect(result.created).toBe(2);
    const rows = await db.select().from(schema.events).where(eq(schema.events.teamId, f.teamA.id));
    expect(inZone(rows.find((r) => r.title === "Founders' supper")?.startsAt ?? new Date(0), "UTC")).toBe(
      "18:30",
    );
  });
});

describe("events repeating more often than daily", () => {
  dbTest(
    "an hourly or every-15-minutes series is left out with a reason; the rest imports",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const file = calendar(
        event("hourly@example.org", [
          `DTSTART:${day}T090000Z`,
          `DTEND:${day}T093000Z`,
          "RRULE:FREQ=HOURLY;INTERVAL=2;COUNT=5",
          "SUMMARY:Drop-in clinic",
        ]),
        event("minutely@example.org", [
          `DTSTART:${day}T100000Z`,
          "DURATION:PT5M",
          "RRULE:FREQ=MINUTELY;INTERVAL=15",
          "SUMMARY:Lightning pitches",
        ]),
        event("weekly@example.org", [
          `DTSTART:${day}T170000Z`,
          `DTEND:${day}T190000Z`,
          "RRULE:FREQ=WEEKLY;COUNT=2",
          "SUMMARY:Investor drinks",
        ]),
      );
      const result = await callerFor(db, f.employeeA).calendar.importFile({
        teamId: f.teamA.id,
        content: file,
      });
      expect(result.created).toBe(2);
      expect(result.problems.map((p) => p.message)).toEqual([
        expect.stringContaining("Repeats every hour"),
        expect.stringContaining("Repeats every minute"),
      ]);
      expect(result.problems.every((p) => p.line > 0)).toBe(true);
      const rows = await db.select().from(schema.events).where(eq(schema.events.teamId, f.teamA.id));
      const imported = rows.filter((r) => r.title !== "Alpha meetup");
      expect(imported.map((r) => r.title)).toEqual(["Investor drinks", "Investor drinks"]);
    },
  );
});
