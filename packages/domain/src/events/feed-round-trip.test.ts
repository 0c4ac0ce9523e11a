// A series we imported is stored one row per occurrence; the feed must give subscribers the series back
// (one VEVENT with its rule, overrides and zone), and reading our own feed must give the same occurrences.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type ImportedEvent, parseCalendar, writeCalendar } from "../calendar";
import { eventToCalendar, importedToFields, type StoredEvent } from "./calendar-mapping";

const window = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-06-01T00:00:00Z") };
const stamp = "DTSTAMP:20260101T000000Z";

function source(...lines: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", ...lines, "END:VCALENDAR"].join("\r\n");
}

/** What the app stores for each imported occurrence (one row each). */
function stored(events: ImportedEvent[]): StoredEvent[] {
  return events.map((e) => ({
    uid: e.uid,
    updatedAt: new Date("2026-01-02T00:00:00Z"),
    ...importedToFields(e),
  }));
}

const visible = (events: ImportedEvent[]) =>
  events.map((e) => ({
    uid: e.uid,
    start: e.start.toISOString(),
    end: e.end.toISOString(),
    allDay: e.allDay,
    startDate: e.startDate,
    endDate: e.endDate,
    title: e.title,
    status: e.status,
    location: e.location,
  }));

function feedOf(events: StoredEvent[]): string {
  return writeCalendar({ name: "Team", events: events.map(eventToCalendar) });
}

function vevents(feed: string): string[] {
  return feed.split("BEGIN:VEVENT").slice(1);
}

/** Occurrence starts and titles as ical.js (an independent reader) sees the feed, earliest first. */
function icalJsOccurrences(feed: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(feed));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const vevents = calendar.getAllSubcomponents("vevent");
  const out: string[] = [];
  for (const master of vevents.filter((v) => !v.hasProperty("recurrence-id"))) {
    const event = new ICAL.Event(master);
    for (const v of vevents) {
      if (v.hasProperty("recurrence-id") && v.getFirstPropertyValue("uid") === event.uid) {
        event.relateException(v);
      }
    }
    if (!event.isRecurring()) {
      out.push(`${event.startDate.toJSDate().toISOString()} ${event.summary}`);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && out.length < 500; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      out.push(`${details.startDate.toJSDate().toISOString()} ${details.item.summary}`);
    }
  }
  return out.sort();
}

describe("feeds write an imported series as a series", () => {
  const imported = parseCalendar(
    source(
      "BEGIN:VEVENT",
      "UID:salon@example.com",
      stamp,
      "SUMMARY:Founders salon",
      "LOCATION:Café Kranzler",
      "DTSTART;TZID=Europe/Berlin:20260303T180000",
      "DTEND;TZID=Europe/Berlin:20260303T200000",
      "RRULE:FREQ=WEEKLY;COUNT=10",
      "EXDATE;TZID=Europe/Berlin:20260317T180000",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:salon@example.com",
      stamp,
      "RECURRENCE-ID;TZID=Europe/Berlin:20260407T180000",
      "SUMMARY:Founders salon (garden)",
      "LOCATION:Café Kranzler",
      "DTSTART;TZID=Europe/Berlin:20260408T190000",
      "DTEND;TZID=Europe/Berlin:20260408T210000",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:salon@example.com",
      stamp,
      "RECURRENCE-ID;TZID=Europe/Berlin:20260414T180000",
      "SUMMARY:Founders salon",
      "LOCATION:Café Kranzler",
      "STATUS:CANCELLED",
      "DTSTART;TZID=Europe/Berlin:20260414T180000",
      "DTEND;TZID=Europe/Berlin:20260414T200000",
      "END:VEVENT",
    ),
    { window },
  );

  it("the source reads as nine occurrences, one moved and one cancelled", () => {
    expect(imported.problems).toEqual([]);
    expect(imported.events).toHaveLength(9);
  });

  const feed = feedOf(stored(imported.events));

  it("as one VEVENT with RRULE, its overrides and the zone's VTIMEZONE", () => {
    const series = vevents(feed).filter((v) => v.includes("UID:salon@example.com"));
    expect(series.filter((v) => v.includes("RRULE:"))).toHaveLength(1);
    expect(series.filter((v) => v.includes("RECURRENCE-ID"))).toHaveLength(2);
    expect(series).toHaveLength(3);
    expect(feed).toContain("RRULE:FREQ=WEEKLY");
    expect(feed).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin");
    expect(feed).toContain("DTSTART;TZID=Europe/Berlin:20260303T180000");
  });

  it("which reads back as the same occurrences", () => {
    const again = parseCalendar(feed, { window });
    expect(again.problems).toEqual([]);
    expect(visible(again.events)).toEqual(visible(imported.events));
  });

  it("and ical.js reads the same occurrences from it", () => {
    expect(icalJsOccurrences(feed)).toEqual(
      imported.events.map((e) => `${e.start.toISOString()} ${e.title}`).sort(),
    );
  });

  it("keeps an all-day series with a gap, and irregular dates, occurrence for occurrence", () => {
    const text = source(
      "BEGIN:VEVENT",
      "UID:fair@example.com",
      stamp,
      "SUMMARY:Trade fair",
      "DTSTART;VALUE=DATE:20260601",
      "DTEND;VALUE=DATE:20260602",
      "RRULE:FREQ=DAILY;COUNT=5",
      "EXDATE;VALUE=DATE:20260603",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:irregular@example.com",
      stamp,
      "SUMMARY:Office hours",
      "DTSTART:20260105T100000Z",
      "DTEND:20260105T110000Z",
      "RDATE:20260119T100000Z,20260211T143000Z,20260901T080000Z",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:single@example.com",
      stamp,
      "SUMMARY:One-off",
      "DTSTART:20260701T100000Z",
      "END:VEVENT",
    );
    const first = parseCalendar(text, { window });
    expect(first.problems).toEqual([]);
    const out = feedOf(stored(first.events));
    expect(vevents(out)).toHaveLength(3);
    const again = parseCalendar(out, { window });
    expect(again.problems).toEqual([]);
    expect(visible(again.events)).toEqual(visible(first.events));
    expect(icalJsOccurrences(out)).toEqual(
      first.events.map((e) => `${e.start.toISOString()} ${e.title}`).sort(),
    );
  });
});
