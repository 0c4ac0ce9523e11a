import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { newYorkVtimezone } from "./fixtures";
import { parseCalendar } from "./parse-calendar";
import { expandRule, parseRecurrenceRule } from "./rrule";
import { wallTime } from "./values";

const window = { from: new Date("2024-01-01T00:00:00Z"), to: new Date("2026-01-01T00:00:00Z") };

function calendar(...eventLines: string[]): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    ...newYorkVtimezone,
    "BEGIN:VEVENT",
    "UID:r",
    ...eventLines,
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");
}

function ours(dtstart: string, rrule: string, extra: string[] = []): string[] {
  const { events, problems } = parseCalendar(calendar(dtstart, `RRULE:${rrule}`, ...extra), {
    window,
    maxEvents: 500,
  });
  expect(problems).toEqual([]);
  return events.map((e) => e.start.toISOString());
}

/** The same series expanded by ical.js, as an independent reference. */
function reference(dtstart: string, rrule: string, extra: string[] = []): string[] {
  const component = new ICAL.Component(ICAL.parse(calendar(dtstart, `RRULE:${rrule}`, ...extra)));
  const vevent = component.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no vevent");
  const iterator = new ICAL.Event(vevent).iterator();
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < 500; next = iterator.next()) {
    const date = next.toJSDate();
    if (date >= window.to) break;
    if (date >= window.from) out.push(date.toISOString());
  }
  return out;
}

describe("RRULE expansion matches ical.js", () => {
  const cases: [string, string][] = [
    ["DTSTART:20240105T090000Z", "FREQ=DAILY;COUNT=10"],
    ["DTSTART:20240105T090000Z", "FREQ=DAILY;INTERVAL=3;UNTIL=20240301T000000Z"],
    ["DTSTART:20240101T170000Z", "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=20"],
    ["DTSTART:20240102T170000Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20240601T000000Z"],
    ["DTSTART:20240107T100000Z", "FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,TU;COUNT=12"],
    ["DTSTART:20240107T100000Z", "FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=SU,TU;COUNT=12"],
    ["DTSTART:20240109T180000Z", "FREQ=MONTHLY;BYDAY=2TU;COUNT=12"],
    ["DTSTART:20240126T120000Z", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12"],
    ["DTSTART:20240131T080000Z", "FREQ=MONTHLY;COUNT=8"],
    ["DTSTART:20240115T080000Z", "FREQ=MONTHLY;BYMONTHDAY=1,15,-1;COUNT=15"],
    ["DTSTART:20240131T160000Z", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=10"],
    ["DTSTART:20240113T100000Z", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=13,14,15,16,17,18,19;COUNT=6"],
    ["DTSTART:20240315T100000Z", "FREQ=YEARLY;BYMONTH=3,9;BYDAY=3FR"],
    ["DTSTART:20241128T170000Z", "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"],
    ["DTSTART:20240601T090000Z", "FREQ=DAILY;BYMONTH=6,7;BYDAY=SA,SU;UNTIL=20250801T000000Z"],
    ["DTSTART:20240105T090000Z", "FREQ=DAILY;BYHOUR=9,15;COUNT=10"],
    ["DTSTART:20240105T090000Z", "FREQ=DAILY;BYHOUR=9,17;BYMINUTE=0,30;COUNT=12"],
    ["DTSTART:20240105T080000Z", "FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=8,12;COUNT=10"],
    ["DTSTART:20240101T100000Z", "FREQ=YEARLY;BYYEARDAY=1,100,-1;COUNT=6"],
    ["DTSTART;TZID=America/New_York:20240305T083000", "FREQ=DAILY;BYHOUR=8,20;COUNT=10"],
  ];
  for (const [dtstart, rrule] of cases) {
    it(rrule, () => {
      const expected = reference(dtstart, rrule);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(ours(dtstart, rrule)).toEqual(expected);
    });
  }

  // Where ical.js departs from RFC 5545 we check the RFC's answer instead.
  it("ignores invalid dates such as 29 February in other years (ical.js moves them to 1 March)", () => {
    const long = { window: { from: new Date("2024-01-01T00:00:00Z"), to: new Date("2040-01-01T00:00:00Z") } };
    const { events } = parseCalendar(calendar("DTSTART:20240229T100000Z", "RRULE:FREQ=YEARLY;COUNT=3"), long);
    expect(events.map((e) => e.startDate ?? e.start.toISOString())).toEqual([
      "2024-02-29T10:00:00.000Z",
      "2028-02-29T10:00:00.000Z",
      "2032-02-29T10:00:00.000Z",
    ]);
  });

  it("counts a YEARLY ordinal BYDAY within the year (ical.js ignores the ordinal)", () => {
    expect(ours("DTSTART:20240101T090000Z", "FREQ=YEARLY;BYDAY=20MO")).toEqual([
      "2024-01-01T09:00:00.000Z",
      "2024-05-13T09:00:00.000Z",
      "2025-05-19T09:00:00.000Z",
    ]);
    expect(ours("DTSTART:20241227T090000Z", "FREQ=YEARLY;BYDAY=-1FR")).toEqual([
      "2024-12-27T09:00:00.000Z",
      "2025-12-26T09:00:00.000Z",
    ]);
  });

  // ical.js ignores BYWEEKNO and mixes BYSETPOS with BYHOUR; these answers are worked out by hand.
  it("BYWEEKNO counts weeks that have four days in the year (2024 week 1 starts Mon 1 Jan)", () => {
    expect(ours("DTSTART:20240513T100000Z", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO;COUNT=3")).toEqual([
      "2024-05-13T10:00:00.000Z",
      // 2025 starts on a Wednesday, so its week 1 starts Mon 30 Dec 2024 and week 20 on 12 May.
      "2025-05-12T10:00:00.000Z",
    ]);
    expect(ours("DTSTART:20240305T100000Z", "FREQ=YEARLY;BYWEEKNO=10,-1;BYDAY=TU,TH;COUNT=6")).toEqual([
      "2024-03-05T10:00:00.000Z",
      "2024-03-07T10:00:00.000Z",
      // The last week of 2024 (week 52) runs 23–29 December.
      "2024-12-24T10:00:00.000Z",
      "2024-12-26T10:00:00.000Z",
      "2025-03-04T10:00:00.000Z",
      "2025-03-06T10:00:00.000Z",
    ]);
  });

  it("BYYEARDAY counts from both ends of the year, leap years included", () => {
    expect(ours("DTSTART:20240101T100000Z", "FREQ=YEARLY;BYYEARDAY=1,60,-1;COUNT=5")).toEqual([
      "2024-01-01T10:00:00.000Z",
      "2024-02-29T10:00:00.000Z",
      "2024-12-31T10:00:00.000Z",
      "2025-01-01T10:00:00.000Z",
      "2025-03-01T10:00:00.000Z",
    ]);
  });

  it("BYSETPOS picks among the period's date-times after BYHOUR", () => {
    const rule = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,16;BYSETPOS=-1;COUNT=4";
    expect(ours("DTSTART:20240131T160000Z", rule)).toEqual([
      "2024-01-31T16:00:00.000Z",
      "2024-02-29T16:00:00.000Z",
      "2024-03-29T16:00:00.000Z",
      "2024-04-30T16:00:00.000Z",
    ]);
  });

  it("EXDATE lists and RDATE, in a zone, across DST", () => {
    const dtstart = "DTSTART;TZID=America/New_York:20240305T183000";
    const extra = [
      "DTEND;TZID=America/New_York:20240305T200000",
      "EXDATE;TZID=America/New_York:20240312T183000,20240319T183000",
      "EXDATE:20240402T223000Z",
      "RDATE;TZID=America/New_York:20240307T120000",
    ];
    expect(ours(dtstart, "FREQ=WEEKLY;COUNT=6", extra)).toEqual(
      reference(dtstart, "FREQ=WEEKLY;COUNT=6", extra),
    );
    expect(ours(dtstart, "FREQ=WEEKLY;COUNT=6", extra)).toEqual([
      "2024-03-05T23:30:00.000Z",
      "2024-03-07T17:00:00.000Z",
      "2024-03-26T22:30:00.000Z",
      "2024-04-09T22:30:00.000Z",
    ]);
  });
});

describe("expandRule in wall time", () => {
  const options = {
    notBefore: wallTime(2000, 1, 1),
    notAfter: wallTime(2100, 1, 1),
    pastUntil: () => false,
    maxResults: 50,
    budget: { days: 1e9 },
  };
  const days = (walls: number[]) => walls.map((w) => new Date(w).toISOString().slice(0, 10));

  it("counts DTSTART as the first occurrence even if the rule would not produce it", () => {
    const rule = parseRecurrenceRule("FREQ=WEEKLY;BYDAY=FR;COUNT=3");
    expect(days(expandRule(rule, wallTime(2024, 1, 3, 9), options))).toEqual([
      "2024-01-03",
      "2024-01-05",
      "2024-01-12",
    ]);
  });

  it("skips months that lack the day rather than moving it", () => {
    const rule = parseRecurrenceRule("FREQ=MONTHLY;COUNT=4");
    expect(days(expandRule(rule, wallTime(2024, 1, 31, 9), options))).toEqual([
      "2024-01-31",
      "2024-03-31",
      "2024-05-31",
      "2024-07-31",
    ]);
  });

  it("skips ahead to the window without losing the rhythm of INTERVAL", () => {
    const rule = parseRecurrenceRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    const walls = expandRule(rule, wallTime(2010, 1, 5, 18), {
      ...options,
      notBefore: wallTime(2024, 3, 1),
      notAfter: wallTime(2024, 4, 1),
    });
    // 2024-03-05 is 739 weeks after 2010-01-05, an odd number, so it is not an occurrence.
    expect(days(walls)).toEqual(["2024-03-12", "2024-03-26"]);
  });

  it("stops on a rule that never matches", () => {
    const rule = parseRecurrenceRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30");
    expect(expandRule(rule, wallTime(2024, 1, 1), options)).toEqual([wallTime(2024, 1, 1)]);
  });

  it("stops when the shared budget of days runs out", () => {
    const budget = { days: 100 };
    const rule = parseRecurrenceRule("FREQ=DAILY;COUNT=1000");
    const walls = expandRule(rule, wallTime(2024, 1, 1), { ...options, budget });
    expect(walls.length).toBeLessThan(60);
    expect(budget.days).toBeLessThanOrEqual(0);
  });
});

describe("parseRecurrenceRule", () => {
  it("reads every supported part", () => {
    expect(
      parseRecurrenceRule(
        "FREQ=MONTHLY;INTERVAL=2;COUNT=5;BYDAY=2TU,-1FR;BYMONTHDAY=1,-1;BYMONTH=1,6;BYSETPOS=1;WKST=SU",
      ),
    ).toEqual({
      freq: "MONTHLY",
      interval: 2,
      count: 5,
      until: null,
      byDay: [
        { weekday: 1, ordinal: 2 },
        { weekday: 4, ordinal: -1 },
      ],
      byMonthDay: [1, -1],
      byMonth: [1, 6],
      bySetPos: [1],
      byYearDay: [],
      byWeekNo: [],
      byHour: [],
      byMinute: [],
      bySecond: [],
      weekStart: 6,
    });
  });

  it.each([
    ["FREQ=WEEKLY;BYFOO=1", 'Unknown RRULE part "BYFOO"'],
    ["FREQ=DAILY;BYHOUR=24", 'RRULE BYHOUR has an invalid value "24"'],
    ["FREQ=MONTHLY;BYWEEKNO=3", "RRULE BYWEEKNO needs FREQ=YEARLY"],
    ["FREQ=DAILY;BYYEARDAY=3", "RRULE BYYEARDAY cannot be used with FREQ=DAILY"],
    ["FREQ=HOURLY", "Repeats every hour (RRULE FREQ=HOURLY): events repeating more often than daily"],
    ["FREQ=MINUTELY;INTERVAL=15", "Repeats every minute (RRULE FREQ=MINUTELY)"],
    ["FREQ=SECONDLY", "Repeats every second (RRULE FREQ=SECONDLY)"],
    ["FREQ=FORTNIGHTLY", "RRULE FREQ=FORTNIGHTLY is not supported"],
    ["INTERVAL=2", "RRULE has no FREQ"],
    ["FREQ=DAILY;COUNT=2;UNTIL=20240101T000000Z", "RRULE has both COUNT and UNTIL"],
    ["FREQ=WEEKLY;BYDAY=2TU", "RRULE BYDAY with an ordinal needs FREQ=MONTHLY or YEARLY"],
    ["FREQ=MONTHLY;BYMONTHDAY=32", 'RRULE BYMONTHDAY has an invalid value "32"'],
    ["FREQ=MONTHLY;BYDAY=XX", 'RRULE BYDAY has an invalid value "XX"'],
    ["FREQ=DAILY;UNTIL=tomorrow", 'RRULE UNTIL: "TOMORROW" is not a valid date or date-time'],
  ])("rejects %s", (text, message) => {
    expect(() => parseRecurrenceRule(text)).toThrow(message);
  });
});
