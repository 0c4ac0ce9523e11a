import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { parseCalendar } from "./parse-calendar";
import type { CalendarEventInput, ImportedEvent, WeeklyBlockInput } from "./types";
import { utf8Length } from "./utf8";
import { calendarContentType, escapeText, foldLine, writeCalendar } from "./write-calendar";

const updatedAt = new Date("2024-05-02T08:30:00Z");
const longText =
  "Grüße an alle 👋 — bring questions; we'll cover pricing, hiring and fundraising.\n" +
  "Backslash \\ stays. 日本語のテキストも折り返しで壊れないこと。".repeat(3);

const events: CalendarEventInput[] = [
  {
    uid: "evt-1@rapport.app",
    sequence: 3,
    title: "Founders Coffee, Berlin; spring edition",
    description: longText,
    location: "Factory Görlitzer Park, Lohmühlenstraße 65",
    url: "https://example.com/events?id=1,2;x=3&lang=de",
    start: new Date("2024-06-04T16:00:00Z"),
    end: new Date("2024-06-04T17:30:00Z"),
    allDay: false,
    timeZone: "Europe/Berlin",
    status: "confirmed",
    updatedAt,
    organizer: { email: "dana@brightwater.example", name: 'Dana "DJ" Ortiz, Events' },
  },
  {
    uid: "evt-2@rapport.app",
    sequence: 0,
    title: "Web Summit",
    start: new Date("2024-06-10T12:00:00Z"),
    end: new Date("2024-06-12T12:00:00Z"),
    allDay: true,
    timeZone: "Pacific/Auckland",
    status: "tentative",
    updatedAt,
  },
  {
    uid: "evt-3@rapport.app",
    sequence: 1,
    title: "Cancelled mixer",
    start: new Date("2024-06-20T17:00:00Z"),
    end: new Date("2024-06-20T19:00:00Z"),
    allDay: false,
    status: "cancelled",
    updatedAt,
  },
  {
    uid: "evt-4@rapport.app",
    sequence: 0,
    title: "Offsite",
    start: new Date("2024-07-01T00:00:00Z"),
    end: new Date("2024-07-01T00:00:00Z"),
    allDay: true,
    status: "confirmed",
    updatedAt,
  },
];

const block: WeeklyBlockInput = {
  uid: "block-7@rapport.app",
  title: "Networking time",
  description: "Book coffees, follow up, plan the next event.",
  byDay: ["TH", "TU"],
  startTime: "12:00",
  durationMinutes: 60,
  timeZone: "Europe/Berlin",
  startDate: "2024-03-20",
  untilDate: "2024-11-30",
  updatedAt,
};

const window = { from: new Date("2024-01-01T00:00:00Z"), to: new Date("2025-01-01T00:00:00Z") };
const text = writeCalendar({ name: "Brightwater, Team Events", events, weeklyBlock: block });

function icalEvents(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return { root, vevents: root.getAllSubcomponents("vevent") };
}

function asTime(value: unknown): ICAL.Time {
  if (!(value instanceof ICAL.Time)) throw new Error("not a time");
  return value;
}

describe("foldLine and escapeText", () => {
  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const line = `DESCRIPTION:${"ä".repeat(40)}${"😀".repeat(20)}`;
    const physical = foldLine(line).split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(utf8Length(p)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(physical.join("")).not.toContain("\uFFFD");
  });

  it("leaves short lines alone", () => {
    expect(foldLine("SUMMARY:Hi")).toBe("SUMMARY:Hi");
    expect(foldLine(`X:${"a".repeat(73)}`)).toBe(`X:${"a".repeat(73)}`);
    expect(foldLine(`X:${"a".repeat(74)}`)).toBe(`X:${"a".repeat(73)}\r\n a`);
  });

  it("escapes TEXT and drops control characters", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf\u0007")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("writeCalendar output", () => {
  it("uses CRLF line ends and keeps every line within 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split("\r\n");
    for (const line of lines) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
  });

  it("declares PUBLISH, version, product and name", () => {
    const { root } = icalEvents(text);
    expect(root.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(root.getFirstPropertyValue("version")).toBe("2.0");
    expect(root.getFirstPropertyValue("prodid")).toBe("-//Rapport//Rapport//EN");
    // ical.js keeps X- properties raw, so it shows the TEXT escaping we wrote; our parser unescapes it.
    expect(root.getFirstPropertyValue("x-wr-calname")).toBe("Brightwater\\, Team Events");
    expect(parseCalendar(text, { window }).name).toBe("Brightwater, Team Events");
    expect(calendarContentType).toBe("text/calendar; charset=utf-8");
  });

  it("parses with ical.js to the same values", () => {
    const { vevents } = icalEvents(text);
    const byUid = new Map(vevents.map((v) => [v.getFirstPropertyValue("uid"), v]));
    for (const event of events) {
      const v = byUid.get(event.uid);
      if (!v) throw new Error(`missing ${event.uid}`);
      expect(v.getFirstPropertyValue("summary")).toBe(event.title);
      expect(v.getFirstPropertyValue("description")).toBe(event.description ?? null);
      expect(v.getFirstPropertyValue("location")).toBe(event.location ?? null);
      expect(v.getFirstPropertyValue("url")).toBe(event.url ?? null);
      expect(v.getFirstPropertyValue("status")).toBe(event.status.toUpperCase());
      expect(v.getFirstPropertyValue("sequence")).toBe(event.sequence);
      expect(asTime(v.getFirstPropertyValue("dtstamp")).toJSDate()).toEqual(updatedAt);
      const start = asTime(v.getFirstPropertyValue("dtstart"));
      const end = asTime(v.getFirstPropertyValue("dtend"));
      expect(start.isDate).toBe(event.allDay);
      if (!event.allDay) {
        expect(start.toJSDate()).toEqual(event.start);
        expect(end.toJSDate()).toEqual(event.end);
      }
    }
    const summit = byUid.get("evt-2@rapport.app");
    // Midnight in Auckland on 11 June is noon UTC on 10 June: the dates follow the event's zone.
    expect(summit?.getFirstPropertyValue("dtstart")?.toString()).toBe("2024-06-11");
    expect(summit?.getFirstPropertyValue("dtend")?.toString()).toBe("2024-06-13");
    const offsite = byUid.get("evt-4@rapport.app");
    expect(offsite?.getFirstPropertyValue("dtend")?.toString()).toBe("2024-07-02");
    const organizer = byUid.get("evt-1@rapport.app")?.getFirstProperty("organizer");
    expect(organizer?.getFirstValue()).toBe("mailto:dana@brightwater.example");
    expect(organizer?.getParameter("cn")).toBe('Dana "DJ" Ortiz, Events');
  });

  it("marks cancelled events so subscribers remove them", () => {
    expect(text).toContain("STATUS:CANCELLED");
  });

  it("is stable: same input, same bytes, whatever the input order", () => {
    expect(
      writeCalendar({ name: "Brightwater, Team Events", events: [...events].reverse(), weeklyBlock: block }),
    ).toBe(text);
  });

  it("rejects a block it cannot write correctly", () => {
    const write = (patch: Partial<WeeklyBlockInput>) => () =>
      writeCalendar({ name: "x", events: [], weeklyBlock: { ...block, ...patch } });
    expect(write({ timeZone: "Mars/Base" })).toThrow(RangeError);
    expect(write({ startTime: "25:00" })).toThrow(RangeError);
    expect(write({ byDay: [] })).toThrow(RangeError);
    expect(write({ durationMinutes: 0 })).toThrow(RangeError);
    expect(write({ startDate: "2024-02-30" })).toThrow(RangeError);
  });
});

describe("round trip", () => {
  const toInput = (e: ImportedEvent): CalendarEventInput => ({
    uid: e.uid,
    sequence: e.sequence,
    title: e.title,
    description: e.description,
    location: e.location,
    url: e.url,
    start: e.start,
    end: e.end,
    allDay: e.allDay,
    timeZone: e.timeZone,
    status: e.status,
    updatedAt: e.updatedAt ?? new Date(0),
    organizer: e.organizer,
  });

  it("parsing our output gives back the events we wrote", () => {
    const {
      events: parsed,
      problems,
      name,
    } = parseCalendar(writeCalendar({ name: "Team", events }), { window });
    expect(problems).toEqual([]);
    expect(name).toBe("Team");
    expect(parsed.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    parsed.forEach((got, i) => {
      const sent = events[i];
      if (!sent) throw new Error("length mismatch");
      expect(got).toMatchObject({
        title: sent.title,
        description: sent.description ?? null,
        location: sent.location ?? null,
        url: sent.url ?? null,
        status: sent.status,
        sequence: sent.sequence,
        allDay: sent.allDay,
        updatedAt,
        organizer: sent.organizer ?? null,
      });
      if (!sent.allDay) expect([got.start, got.end]).toEqual([sent.start, sent.end]);
    });
    expect(parsed[1]).toMatchObject({ startDate: "2024-06-11", endDate: "2024-06-13" });
    expect(parsed[3]).toMatchObject({ startDate: "2024-07-01", endDate: "2024-07-02" });
  });

  it("writing the parsed events again changes nothing", () => {
    const first = writeCalendar({ name: "Team", events });
    const parsed = parseCalendar(first, { window }).events;
    const second = writeCalendar({ name: "Team", events: parsed.map(toInput) });
    expect(second).toBe(first);
    expect(parseCalendar(second, { window }).events).toEqual(parsed);
  });
});

describe("weekly block", () => {
  const berlinClock = (d: Date) =>
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Berlin",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
    }).format(d);
  const ours = parseCalendar(text, { window }).events.filter((e) => e.seriesUid === block.uid);

  it("starts on the first listed weekday on or after startDate and ends at untilDate", () => {
    expect(ours[0]?.start).toEqual(new Date("2024-03-21T11:00:00Z"));
    expect(ours.at(-1)?.start).toEqual(new Date("2024-11-28T11:00:00Z"));
    expect(ours).toHaveLength(73);
  });

  it("stays at 12:00 Berlin time across both DST changes", () => {
    expect(new Set(ours.map((e) => berlinClock(e.start).replace(/^\w+ /, "")))).toEqual(new Set(["12:00"]));
    expect(new Set(ours.map((e) => berlinClock(e.start).slice(0, 3)))).toEqual(new Set(["Tue", "Thu"]));
    expect(ours.map((e) => e.end.getTime() - e.start.getTime())).toEqual(ours.map(() => 3_600_000));
  });

  it("expands the same in ical.js, using our VTIMEZONE", () => {
    const vevent = icalEvents(text).vevents.find((v) => v.getFirstPropertyValue("uid") === block.uid);
    if (!vevent) throw new Error("no block");
    const iterator = new ICAL.Event(vevent).iterator();
    const theirs: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) theirs.push(next.toJSDate().toISOString());
    expect(theirs).toEqual(ours.map((e) => e.start.toISOString()));
  });

  it("reads back the same times from the VTIMEZONE alone (no IANA name to lean on)", () => {
    const renamed = text.replace(/Europe\/Berlin/g, "Rapport Office");
    const again = parseCalendar(renamed, { window }).events.filter((e) => e.seriesUid === block.uid);
    expect(again.map((e) => e.start)).toEqual(ours.map((e) => e.start));
  });
});

describe("VTIMEZONE for other zones", () => {
  const zones = [
    "America/New_York",
    "Australia/Sydney",
    "Asia/Tokyo",
    "Europe/London",
    "America/Sao_Paulo",
    "Asia/Jerusalem",
    "Pacific/Chatham",
    "Asia/Kolkata",
  ];
  for (const timeZone of zones) {
    it(`${timeZone}: ical.js places every occurrence at the intended local time`, () => {
      const ics = writeCalendar({
        name: "z",
        events: [],
        weeklyBlock: { ...block, timeZone, byDay: ["SU", "WE"], startTime: "09:30", untilDate: "2025-12-31" },
      });
      const vevent = icalEvents(ics).vevents[0];
      if (!vevent) throw new Error("no block");
      const iterator = new ICAL.Event(vevent).iterator();
      const local = new Set<string>();
      let n = 0;
      for (let next = iterator.next(); next; next = iterator.next(), n++) {
        local.add(
          new Intl.DateTimeFormat("en-GB", {
            timeZone,
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
          }).format(next.toJSDate()),
        );
      }
      expect(n).toBeGreaterThan(180);
      expect(local).toEqual(new Set(["09:30"]));
    });
  }
});
