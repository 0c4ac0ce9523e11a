import { describe, expect, it } from "vitest";
import { parseCalendar } from "./parse-calendar";

const window = { from: new Date("2024-01-01T00:00:00Z"), to: new Date("2025-01-01T00:00:00Z") };

function parse(...components: string[][]) {
  return parseCalendar(
    ["BEGIN:VCALENDAR", "VERSION:2.0", ...components.flat(), "END:VCALENDAR"].join("\r\n"),
    {
      window,
    },
  );
}
const vevent = (...lines: string[]) => ["BEGIN:VEVENT", ...lines, "END:VEVENT"];

describe("recurring series", () => {
  it("expands a yearly all-day birthday that started decades ago", () => {
    const { events } = parse(
      vevent("UID:bday", "DTSTART;VALUE=DATE:19900515", "RRULE:FREQ=YEARLY", "SUMMARY:Sam"),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: "bday#2024-05-15T00:00:00.000Z",
      allDay: true,
      startDate: "2024-05-15",
      endDate: "2024-05-16",
      recurrenceId: "2024-05-15T00:00:00.000Z",
    });
  });

  it("keeps a cancelled override, marked cancelled, so the app can hide or flag it", () => {
    const { events } = parse(
      vevent("UID:s", "DTSTART:20240102T170000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Standup"),
      vevent(
        "UID:s",
        "RECURRENCE-ID:20240109T170000Z",
        "DTSTART:20240109T170000Z",
        "STATUS:CANCELLED",
        "SUMMARY:Standup",
      ),
    );
    expect(events.map((e) => [e.start.toISOString(), e.status])).toEqual([
      ["2024-01-02T17:00:00.000Z", "confirmed"],
      ["2024-01-09T17:00:00.000Z", "cancelled"],
      ["2024-01-16T17:00:00.000Z", "confirmed"],
    ]);
  });

  it("imports an override whose series we were not given (invited to one instance)", () => {
    const { events } = parse(
      vevent(
        "UID:other",
        "RECURRENCE-ID:20240305T090000Z",
        "DTSTART:20240305T100000Z",
        "SUMMARY:Just this one",
      ),
    );
    expect(events.map((e) => [e.uid, e.seriesUid, e.start.toISOString()])).toEqual([
      ["other#2024-03-05T09:00:00.000Z", "other", "2024-03-05T10:00:00.000Z"],
    ]);
  });

  it("keeps the copy with the highest SEQUENCE when a UID appears twice", () => {
    const { events } = parse(
      vevent("UID:dup", "SEQUENCE:2", "DTSTART:20240301T090000Z", "SUMMARY:Newer"),
      vevent("UID:dup", "SEQUENCE:1", "DTSTART:20240301T100000Z", "SUMMARY:Older"),
    );
    expect(events.map((e) => e.title)).toEqual(["Newer"]);
  });

  it("reads RDATE periods with their own length", () => {
    const { events } = parse(
      vevent(
        "UID:p",
        "DTSTART:20240301T090000Z",
        "DURATION:PT1H",
        "RDATE;VALUE=PERIOD:20240302T090000Z/PT3H,20240303T090000Z/20240303T093000Z",
      ),
    );
    expect(events.map((e) => (e.end.getTime() - e.start.getTime()) / 60_000)).toEqual([60, 180, 30]);
  });

  it("uses nominal days for DURATION, so P1D across DST ends at the same wall time", () => {
    const { events } = parse(vevent("UID:d", "DTSTART;TZID=Europe/Berlin:20240330T120000", "DURATION:P1D"));
    expect(events[0]?.end).toEqual(new Date("2024-03-31T10:00:00Z"));
  });

  it("keeps a daily local time across the spring gap, moving only the time that does not exist", () => {
    const { events } = parse(
      vevent("UID:g", "DTSTART;TZID=Europe/Berlin:20240330T023000", "RRULE:FREQ=DAILY;COUNT=3"),
    );
    expect(events.map((e) => e.start.toISOString())).toEqual([
      "2024-03-30T01:30:00.000Z",
      // 02:30 on 31 March does not exist in Berlin; read with the offset before the gap it is 03:30 CEST.
      "2024-03-31T01:30:00.000Z",
      "2024-04-01T00:30:00.000Z",
    ]);
  });

  it("excludes an occurrence by a date-only EXDATE", () => {
    const { events } = parse(
      vevent("UID:x", "DTSTART:20240101T090000Z", "RRULE:FREQ=DAILY;COUNT=3", "EXDATE;VALUE=DATE:20240102"),
    );
    expect(events.map((e) => e.start.toISOString())).toEqual([
      "2024-01-01T09:00:00.000Z",
      "2024-01-03T09:00:00.000Z",
    ]);
  });

  it("honours UNTIL given as a date", () => {
    const { events } = parse(
      vevent("UID:u", "DTSTART;VALUE=DATE:20240101", "RRULE:FREQ=WEEKLY;UNTIL=20240115"),
    );
    expect(events.map((e) => e.startDate)).toEqual(["2024-01-01", "2024-01-08", "2024-01-15"]);
  });
});
