import { describe, expect, it } from "vitest";
import { allDayEvents, googleExport, meetupFeed, outlookExport, withMalformedEvents } from "./fixtures";
import { parseCalendar } from "./parse-calendar";
import type { ImportedEvent } from "./types";
import { utf8Encode } from "./utf8";

const year2024 = { window: { from: new Date("2024-01-01T00:00:00Z"), to: new Date("2025-01-01T00:00:00Z") } };
const iso = (events: ImportedEvent[]) => events.map((e) => e.start.toISOString());

/** The local wall-clock time of an instant in a zone, "HH:MM". */
function wallClock(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

describe("parseCalendar: Google Calendar export", () => {
  const { name, events, problems } = parseCalendar(googleExport, year2024);
  const series = events.filter((e) => e.seriesUid === "5j1n0v3ltc0ku7ftl7h4kf1k8b@google.com");

  it("reads the calendar name and imports without problems", () => {
    expect(name).toBe("Brightwater Networking");
    expect(problems).toEqual([]);
  });

  it("expands the weekly series, minus the EXDATE, with the override in place of 9 April", () => {
    expect(iso(series)).toEqual([
      "2024-03-05T17:00:00.000Z",
      "2024-03-12T17:00:00.000Z",
      "2024-03-26T17:00:00.000Z",
      "2024-04-02T16:00:00.000Z",
      "2024-04-10T17:00:00.000Z",
      "2024-04-16T16:00:00.000Z",
      "2024-04-23T16:00:00.000Z",
      "2024-04-30T16:00:00.000Z",
    ]);
  });

  it("keeps 18:00 Berlin time across the DST change", () => {
    const regular = series.filter((e) => e.title === "Founders Coffee");
    expect(regular.map((e) => wallClock(e.start, "Europe/Berlin"))).toEqual(Array(7).fill("18:00"));
    expect(regular.map((e) => wallClock(e.end, "Europe/Berlin"))).toEqual(Array(7).fill("19:30"));
  });

  it("gives each occurrence a stable uid from its original start, even when moved", () => {
    const moved = series.find((e) => e.title.includes("Wednesday"));
    expect(moved).toMatchObject({
      uid: "5j1n0v3ltc0ku7ftl7h4kf1k8b@google.com#2024-04-09T16:00:00.000Z",
      recurrenceId: "2024-04-09T16:00:00.000Z",
      sequence: 3,
      end: new Date("2024-04-10T18:30:00Z"),
    });
    expect(series[0]?.uid).toBe("5j1n0v3ltc0ku7ftl7h4kf1k8b@google.com#2024-03-05T17:00:00.000Z");
    expect(new Set(series.map((e) => e.uid)).size).toBe(series.length);
  });

  it("unescapes and unfolds text", () => {
    expect(series[0]).toMatchObject({
      description: "Informal founders meetup, every Tuesday. Bring cards; coffee is on us.",
      location: "Factory Görlitzer Park, Lohmühlenstraße 65, 10997 Berlin, Germany",
      timeZone: "Europe/Berlin",
      status: "confirmed",
      sequence: 2,
      updatedAt: new Date("2024-02-20T10:15:00Z"),
    });
  });

  it("reads a single UTC event, labelled with the calendar's zone", () => {
    const single = events.find((e) => e.uid === "0o8ufq1n8p5p2m3v7r0r1s2t3u@google.com");
    expect(single).toEqual({
      uid: "0o8ufq1n8p5p2m3v7r0r1s2t3u@google.com",
      seriesUid: "0o8ufq1n8p5p2m3v7r0r1s2t3u@google.com",
      title: "Product Hunt Berlin",
      description: "",
      location: "",
      url: "https://www.meetup.com/product-hunt-berlin/events/299999999/",
      start: new Date("2024-03-15T17:00:00Z"),
      end: new Date("2024-03-15T19:00:00Z"),
      allDay: false,
      startDate: null,
      endDate: null,
      timeZone: "Europe/Berlin",
      status: "tentative",
      sequence: 0,
      updatedAt: new Date("2024-02-10T09:00:00Z"),
      organizer: null,
    });
  });

  it("returns only what overlaps the window, earliest first", () => {
    const april = parseCalendar(googleExport, {
      window: { from: new Date("2024-04-01T00:00:00Z"), to: new Date("2024-04-17T00:00:00Z") },
    });
    expect(iso(april.events)).toEqual([
      "2024-04-02T16:00:00.000Z",
      "2024-04-10T17:00:00.000Z",
      "2024-04-16T16:00:00.000Z",
    ]);
  });

  it("includes an occurrence that started before the window but is still running", () => {
    const { events: running } = parseCalendar(googleExport, {
      window: { from: new Date("2024-03-05T18:00:00Z"), to: new Date("2024-03-06T00:00:00Z") },
    });
    expect(iso(running)).toEqual(["2024-03-05T17:00:00.000Z"]);
  });

  it("caps the number of events and says so", () => {
    const capped = parseCalendar(googleExport, { ...year2024, maxEvents: 3 });
    expect(capped.events).toHaveLength(3);
    expect(capped.events[0]?.start).toEqual(new Date("2024-03-05T17:00:00Z"));
    expect(capped.problems).toEqual([{ line: 1, message: expect.stringContaining("first 3 events") }]);
  });
});

describe("parseCalendar: Outlook export", () => {
  const { events, problems } = parseCalendar(outlookExport, year2024);
  const byTitle = (title: string) => events.find((e) => e.title === title);

  it("imports every event", () => {
    expect(problems).toEqual([]);
    expect(events.map((e) => e.title)).toEqual([
      "Industrie-Abend",
      "Bangalore chapter call",
      "Partner breakfast (NYC)",
    ]);
  });

  it("maps Windows zone names to IANA zones", () => {
    expect(byTitle("Industrie-Abend")).toMatchObject({
      start: new Date("2024-06-12T16:00:00Z"),
      end: new Date("2024-06-12T18:00:00Z"),
      timeZone: "Europe/Berlin",
      sequence: 1,
    });
    expect(byTitle("Partner breakfast (NYC)")).toMatchObject({
      start: new Date("2024-11-05T14:00:00Z"),
      timeZone: "America/New_York",
      organizer: { email: "dana.ortiz@brightwater.example", name: "Dana Ortiz, Partnerships" },
      description: "\n",
    });
  });

  it("unfolds the long description and keeps VALARM text out of the event", () => {
    expect(byTitle("Industrie-Abend")?.description).toBe(
      "Liebe Kolleginnen und Kollegen,\n\nzum Industrie-Abend laden wir Sie herzlich ein. Es gibt kurze " +
        "Impulsvorträge, danach Zeit für Gespräche mit Gästen aus Maschinenbau und Logistik.\n\n" +
        "Anmeldung bis 5. Juni.\n",
    );
    expect(byTitle("Industrie-Abend")?.uid).toBe(
      "040000008200E00074C5B7101A82E00800000000B0D2E1F1A1B2DA01000000000000000010000000C4C3D8B8E2F0A14C9B4E3A1D2F3C4B5A6D",
    );
  });

  it("falls back to the VTIMEZONE offsets for a zone it cannot name", () => {
    expect(byTitle("Bangalore chapter call")).toMatchObject({
      start: new Date("2024-06-20T04:30:00Z"),
      end: new Date("2024-06-20T06:00:00Z"),
      timeZone: null,
    });
  });
});

describe("parseCalendar: Meetup feed", () => {
  const { name, events } = parseCalendar(meetupFeed, year2024);

  it("places TZID=America/New_York times on both sides of the DST change", () => {
    expect(name).toBe("Events - NYC Product People");
    expect(iso(events)).toEqual(["2024-10-29T22:30:00.000Z", "2024-11-12T23:30:00.000Z"]);
    expect(events.map((e) => wallClock(e.start, "America/New_York"))).toEqual(["18:30", "18:30"]);
  });

  it("reads description, location and URL", () => {
    expect(events[0]).toMatchObject({
      description:
        "NYC Product People\nTuesday, October 29 at 6:30 PM\n\nJoin us for short talks and open networking." +
        "\n\nhttps://www.meetup.com/nyc-product-people/events/303456789/",
      location: "WeWork (115 W 18th St, New York, NY)",
      url: "https://www.meetup.com/nyc-product-people/events/303456789/",
      updatedAt: new Date("2024-10-15T15:00:00Z"),
    });
  });
});

describe("parseCalendar: all-day events", () => {
  const { events, problems } = parseCalendar(allDayEvents, year2024);

  it("reads single-day, multi-day and DURATION all-day events with exclusive end dates", () => {
    expect(problems).toEqual([]);
    expect(events.map((e) => [e.title, e.allDay, e.startDate, e.endDate, e.timeZone])).toEqual([
      ["Team offsite", true, "2024-06-10", "2024-06-11", null],
      ["Web Summit", true, "2024-06-11", "2024-06-14", null],
      ["Careers fair", true, "2024-06-28", "2024-06-30", null],
    ]);
    expect(events[1]).toMatchObject({
      start: new Date("2024-06-11T00:00:00Z"),
      end: new Date("2024-06-14T00:00:00Z"),
    });
  });
});

describe("parseCalendar: malformed input", () => {
  const { events, problems } = parseCalendar(withMalformedEvents, year2024);

  it("skips broken events with their line numbers and keeps the good ones", () => {
    expect(events.map((e) => e.uid)).toEqual(["good-1@example.com", "good-2@example.com"]);
    expect(problems).toEqual([
      { line: 10, message: "Event has no DTSTART" },
      { line: 16, message: expect.stringContaining("20241345T100000Z") },
      { line: 22, message: 'Unknown RRULE part "BYFOO"' },
    ]);
  });

  it("reports text that is not a calendar", () => {
    expect(parseCalendar("hello, world", year2024)).toEqual({
      name: null,
      events: [],
      problems: [
        { line: 1, message: "Line is not a valid iCalendar content line" },
        { line: 1, message: "No VCALENDAR found: this is not an iCalendar file" },
      ],
    });
  });

  it("reads an unknown time zone as the calendar's zone, says so, and reports a truncated file", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTART;TZID=Mars/Olympus_Mons:20240701T090000",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b",
      "DTSTART:20240701T090000Z",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:c",
    ].join("\r\n");
    const result = parseCalendar(text, year2024);
    expect(result.events.map((e) => [e.uid, e.start.toISOString()])).toEqual([
      ["a", "2024-07-01T09:00:00.000Z"],
      ["b", "2024-07-01T09:00:00.000Z"],
    ]);
    expect(result.problems).toEqual([
      { line: 1, message: "VCALENDAR is never closed" },
      {
        line: 4,
        message: 'Unknown time zone "Mars/Olympus_Mons" and no VTIMEZONE for it: times were read as UTC',
      },
      { line: 10, message: "VEVENT is never closed" },
    ]);
  });

  it("stops expanding a calendar full of costly rules, quickly, and says so", () => {
    const lines = ["BEGIN:VCALENDAR"];
    for (let i = 0; i < 500; i++) {
      lines.push(
        "BEGIN:VEVENT",
        `UID:e${i}`,
        "DTSTART:10000101T090000Z",
        "RRULE:FREQ=DAILY;COUNT=100000",
        "END:VEVENT",
      );
    }
    lines.push("END:VCALENDAR");
    const started = Date.now();
    const result = parseCalendar(lines.join("\n"), year2024);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(result.problems).toEqual([
      { line: expect.any(Number), message: expect.stringContaining("too costly to expand") },
    ]);
  });

  it("rejects an empty window", () => {
    const at = new Date("2024-01-01T00:00:00Z");
    expect(() => parseCalendar(googleExport, { window: { from: at, to: at } })).toThrow(RangeError);
  });
});

describe("parseCalendar: text encoding", () => {
  const event = (...lines: string[]) =>
    [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:x",
      "DTSTART:20240701T090000Z",
      ...lines,
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
  const only = (input: string | Uint8Array) => parseCalendar(input, year2024).events[0];

  it("unfolds lines folded between multi-byte characters", () => {
    expect(only(event("SUMMARY:Tech-Frühstück ☕ mit Gäst", " en aus Zürich 🇨🇭 und Tōkyō"))?.title).toBe(
      "Tech-Frühstück ☕ mit Gästen aus Zürich 🇨🇭 und Tōkyō",
    );
  });

  it("repairs a fold that split a UTF-8 character when given bytes", () => {
    const text = event("SUMMARY:Grüße aus Köln");
    const bytes = utf8Encode(text);
    // Fold inside "ü" (C3 BC): CRLF + space between its two bytes.
    const at = bytes.indexOf(0xc3);
    const folded = new Uint8Array([
      ...bytes.subarray(0, at + 1),
      0x0d,
      0x0a,
      0x20,
      ...bytes.subarray(at + 1),
    ]);
    expect(only(folded)?.title).toBe("Grüße aus Köln");
    expect(only(utf8Encode(`\uFEFF${text}`))?.title).toBe("Grüße aus Köln");
  });

  it("unescapes commas, semicolons, backslashes and newlines", () => {
    expect(
      only(
        event("SUMMARY:Room 4\\; Building B\\, Floor 2", "DESCRIPTION:C:\\\\temp\\Nline two\\nline three"),
      ),
    ).toMatchObject({ title: "Room 4; Building B, Floor 2", description: "C:\\temp\nline two\nline three" });
  });

  it("reads quoted parameter values containing separators", () => {
    expect(
      only(event('ORGANIZER;CN="Lee, Sam; Events";SENT-BY="mailto:a@b.example":mailto:sam@example.com'))
        ?.organizer,
    ).toEqual({ email: "sam@example.com", name: "Lee, Sam; Events" });
  });
});
