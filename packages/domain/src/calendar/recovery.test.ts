// Real exports get small things wrong; one bad property costs a problem line, not the event.
import { describe, expect, it } from "vitest";
import { parseCalendar } from "./parse-calendar";
import type { ImportedEvent } from "./types";

const year2026 = { window: { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") } };

function calendar(...lines: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", ...lines, "END:VCALENDAR"].join("\r\n");
}

function event(...lines: string[]): string[] {
  return ["BEGIN:VEVENT", "UID:e1", "SUMMARY:Coffee", ...lines, "END:VEVENT"];
}

const starts = (events: ImportedEvent[]) => events.map((e) => e.start.toISOString());

describe("Outlook Web display-name zones without VTIMEZONE", () => {
  it("reads (UTC-05:00) Eastern Time (US & Canada), quoted or not, as New York time", () => {
    for (const tzid of [
      '"(UTC-05:00) Eastern Time (US & Canada)"',
      "(UTC-05:00) Eastern Time (US & Canada)",
    ]) {
      const { events, problems } = parseCalendar(
        calendar(...event(`DTSTART;TZID=${tzid}:20260701T090000`, `DTEND;TZID=${tzid}:20260701T100000`)),
        year2026,
      );
      expect(problems, tzid).toEqual([]);
      expect(events.map((e) => [e.start.toISOString(), e.end.toISOString(), e.timeZone])).toEqual([
        ["2026-07-01T13:00:00.000Z", "2026-07-01T14:00:00.000Z", "America/New_York"],
      ]);
    }
  });

  it("reads the older (GMT+10:00) Canberra, Melbourne, Sydney label, with Sydney's summer time", () => {
    const tzid = "(GMT+10:00) Canberra, Melbourne, Sydney";
    const { events, problems } = parseCalendar(
      calendar(
        ...event(`DTSTART;TZID=${tzid}:20260701T090000`),
        ...event(`DTSTART;TZID="${tzid}":20260115T090000`).map((l) => (l === "UID:e1" ? "UID:e2" : l)),
      ),
      year2026,
    );
    expect(problems).toEqual([]);
    // 09:00 in January is daylight time (+11), in July standard time (+10).
    expect(starts(events)).toEqual(["2026-01-14T22:00:00.000Z", "2026-06-30T23:00:00.000Z"]);
    expect(events[0]?.timeZone).toBe("Australia/Sydney");
  });

  it("reads 'and' where Windows writes '&'", () => {
    const { events, problems } = parseCalendar(
      calendar(...event('DTSTART;TZID="(UTC-05:00) Eastern Time (US and Canada)":20260701T090000')),
      year2026,
    );
    expect(problems).toEqual([]);
    expect(events.map((e) => [e.start.toISOString(), e.timeZone])).toEqual([
      ["2026-07-01T13:00:00.000Z", "America/New_York"],
    ]);
  });

  it("falls back to the label's fixed offset for a display name it does not know, and says so", () => {
    const { events, problems } = parseCalendar(
      calendar(...event('DTSTART;TZID="(UTC+05:30) Somewhere New":20260701T090000')),
      year2026,
    );
    expect(starts(events)).toEqual(["2026-07-01T03:30:00.000Z"]);
    expect(problems).toEqual([{ line: 6, message: expect.stringContaining("fixed offset UTC+05:30") }]);
  });
});

describe("per-property recovery", () => {
  it("matches Exchange's all-day RECURRENCE-ID written as midnight in a zone to the all-day occurrence", () => {
    const text = calendar(
      "BEGIN:VEVENT",
      "UID:offsite",
      "SUMMARY:Offsite",
      "DTSTART;VALUE=DATE:20260223",
      "DTEND;VALUE=DATE:20260224",
      "RRULE:FREQ=DAILY;COUNT=5",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:offsite",
      "SUMMARY:Offsite (moved)",
      "RECURRENCE-ID;TZID=W. Europe Standard Time:20260226T000000",
      "DTSTART;VALUE=DATE:20260302",
      "DTEND;VALUE=DATE:20260303",
      "END:VEVENT",
    );
    const { events, problems } = parseCalendar(text, year2026);
    expect(problems).toEqual([]);
    expect(events.map((e) => [e.startDate, e.title])).toEqual([
      ["2026-02-23", "Offsite"],
      ["2026-02-24", "Offsite"],
      ["2026-02-25", "Offsite"],
      ["2026-02-27", "Offsite"],
      ["2026-03-02", "Offsite (moved)"],
    ]);
    expect(events[4]?.uid).toBe("offsite#2026-02-26T00:00:00.000Z");
  });

  it("reads a doubled RRULE:RRULE: prefix and reports it", () => {
    const { events, problems } = parseCalendar(
      calendar(...event("DTSTART:20260105T090000Z", "RRULE:RRULE:FREQ=WEEKLY;COUNT=3")),
      year2026,
    );
    expect(starts(events)).toEqual([
      "2026-01-05T09:00:00.000Z",
      "2026-01-12T09:00:00.000Z",
      "2026-01-19T09:00:00.000Z",
    ]);
    expect(problems).toEqual([{ line: 7, message: expect.stringContaining('doubled "RRULE:"') }]);
  });

  it("accepts blank lines and spaces before BEGIN:VCALENDAR", () => {
    const text = `\r\n   \r\n  ${calendar(...event("DTSTART:20260105T090000Z"))}`;
    const { events, problems } = parseCalendar(text, year2026);
    expect(problems).toEqual([]);
    expect(starts(events)).toEqual(["2026-01-05T09:00:00.000Z"]);
  });

  it("reads an unknown zone without VTIMEZONE as floating time in the team's zone, and says so", () => {
    const { events, problems } = parseCalendar(
      calendar(...event("DTSTART;TZID=Mars/Olympus_Mons:20260701T090000", "DURATION:PT1H")),
      { ...year2026, defaultTimeZone: "Europe/Berlin" },
    );
    expect(events.map((e) => [e.start.toISOString(), e.end.toISOString()])).toEqual([
      ["2026-07-01T07:00:00.000Z", "2026-07-01T08:00:00.000Z"],
    ]);
    expect(problems).toEqual([
      {
        line: 6,
        message:
          'Unknown time zone "Mars/Olympus_Mons" and no VTIMEZONE for it: times were read as Europe/Berlin',
      },
    ]);
  });

  it("refuses an absurd DURATION with a reason and keeps the event", () => {
    const { events, problems } = parseCalendar(
      calendar(...event("DTSTART:20260105T090000Z", "DURATION:P999999999999999999W")),
      year2026,
    );
    expect(events.map((e) => e.end.toISOString())).toEqual(["2026-01-05T09:00:00.000Z"]);
    expect(problems).toEqual([{ line: 7, message: expect.stringContaining("longer than 100 years") }]);
  });

  it("reads DURATION:PT1W as one week", () => {
    const { events } = parseCalendar(
      calendar(...event("DTSTART:20260105T090000Z", "DURATION:PT1W")),
      year2026,
    );
    expect(events.map((e) => e.end.toISOString())).toEqual(["2026-01-12T09:00:00.000Z"]);
  });

  it("reads a VALUE=DATE carrying a time as that date, and says the time was ignored", () => {
    const { events, problems } = parseCalendar(
      calendar(...event("DTSTART;VALUE=DATE:20260301T100000", "DTEND;VALUE=DATE:20260302T100000")),
      year2026,
    );
    expect(events.map((e) => [e.allDay, e.startDate, e.endDate])).toEqual([
      [true, "2026-03-01", "2026-03-02"],
    ]);
    expect(problems).toEqual([
      { line: 6, message: expect.stringContaining("time was ignored") },
      { line: 7, message: expect.stringContaining("time was ignored") },
    ]);
  });

  it("keeps the event when DTEND is unreadable or before DTSTART, with the default length", () => {
    const { events, problems } = parseCalendar(
      calendar(
        ...event("DTSTART:20260105T090000Z", "DTEND:2026-01-05 10:00"),
        ...["BEGIN:VEVENT", "UID:e2", "DTSTART:20260106T090000Z", "DTEND:20260106T080000Z", "END:VEVENT"],
      ),
      year2026,
    );
    expect(events.map((e) => [e.uid, e.start.toISOString(), e.end.toISOString()])).toEqual([
      ["e1", "2026-01-05T09:00:00.000Z", "2026-01-05T09:00:00.000Z"],
      ["e2", "2026-01-06T09:00:00.000Z", "2026-01-06T09:00:00.000Z"],
    ]);
    expect(problems.map((p) => p.line)).toEqual([7, 12]);
  });

  it("skips just the unreadable EXDATE and RDATE values", () => {
    const { events, problems } = parseCalendar(
      calendar(
        ...event(
          "DTSTART:20260105T090000Z",
          "RRULE:FREQ=DAILY;COUNT=3",
          "EXDATE:20260106T090000Z,2026-01-07",
          "RDATE:nonsense",
        ),
      ),
      year2026,
    );
    expect(starts(events)).toEqual(["2026-01-05T09:00:00.000Z", "2026-01-07T09:00:00.000Z"]);
    expect(problems.map((p) => p.line)).toEqual([8, 9]);
  });
});
