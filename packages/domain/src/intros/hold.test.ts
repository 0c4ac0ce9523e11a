import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { utf8Length } from "../calendar/utf8";
import { writeIntroHold } from "./hold";

const input = {
  groupId: "grp_123",
  start: new Date("2026-03-03T14:00:00Z"),
  end: new Date("2026-03-03T14:30:00Z"),
  title: "Intro: Ana Díaz, Ben; Cy (Coffee, roulette)",
  description: "Why: you both care about sailing.\nAsk: what got you into it?\\",
  organizer: { name: "Rapport", email: "hello@rapport.example" },
  attendees: [
    { name: 'Ana "AD" Díaz', email: "ana@example.test" },
    { name: "Ben, Jr.", email: "ben@example.test" },
    { name: "Cy", email: "cy@example.test" },
  ],
  stamp: new Date("2026-03-02T09:00:00.789Z"),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe("intro .ics hold", () => {
  it("parses with ical.js: a 30-minute REQUEST at the slot, with the whole group as attendees", () => {
    const { calendar, vevent, event } = parse(writeIntroHold(input));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-03T14:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-03-03T14:30:00.000Z");
    expect(event.summary).toBe(input.title);
    expect(event.description).toBe(input.description);
    expect(String(vevent.getFirstPropertyValue("dtstamp"))).toBe("2026-03-02T09:00:00Z");
    const attendees = vevent.getAllProperties("attendee");
    expect(attendees.map((a) => a.getFirstValue())).toEqual([
      "mailto:ana@example.test",
      "mailto:ben@example.test",
      "mailto:cy@example.test",
    ]);
    expect(attendees.map((a) => a.getParameter("cn"))).toEqual(['Ana "AD" Díaz', "Ben, Jr.", "Cy"]);
    expect(vevent.getFirstProperty("organizer")?.getFirstValue()).toBe("mailto:hello@rapport.example");
  });

  it("keeps one UID per group, so a re-send updates the same event", () => {
    const first = parse(writeIntroHold(input)).event.uid;
    const again = parse(writeIntroHold({ ...input, stamp: new Date(), sequence: 1 })).event.uid;
    const other = parse(writeIntroHold({ ...input, groupId: "grp_456" })).event.uid;
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it("writes valid lines for hostile text: CRLF ends, no line over 75 octets, no control characters", () => {
    const text = writeIntroHold({ ...input, title: `x\u0000<script>${"é".repeat(80)}\r\nEND:VEVENT` });
    expect(text.endsWith("\r\n")).toBe(true);
    for (const line of text.split("\r\n")) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain("\u0000");
    const { event, calendar } = parse(text);
    expect(event.summary).toBe(`x<script>${"é".repeat(80)}\nEND:VEVENT`);
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(1);
  });
});
