import { describe, expect, it } from "vitest";
import { parseCalendar, writeCalendar } from "../calendar";
import { eventToCalendar, importedToFields, type StoredEvent, sameInCalendar } from "./calendar-mapping";

const base: StoredEvent = {
  uid: "abc@rapport.events",
  sequence: 2,
  title: "Climate, tech & drinks; round 3",
  description: "Bring a friend.\nDoors at 18:00, talks at 18:30",
  startsAt: new Date("2026-06-10T17:00:00Z"),
  endsAt: new Date("2026-06-10T20:00:00Z"),
  allDay: false,
  timeZone: "Europe/London",
  venue: "The Old Library, 3 Market St",
  onlineUrl: null,
  organiserUrl: "https://www.meetup.com/climate-tech/events/1",
  status: "confirmed",
  updatedAt: new Date("2026-05-01T09:00:00Z"),
};
const window = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") };

function roundTrip(event: StoredEvent) {
  const text = writeCalendar({ name: "Team", events: [eventToCalendar(event)] });
  const parsed = parseCalendar(text, { window });
  expect(parsed.problems).toEqual([]);
  const imported = parsed.events[0];
  if (!imported) throw new Error("no event");
  return imported;
}

describe("event ↔ calendar mapping", () => {
  it("finds our own exported event unchanged (timed, escaped text)", () => {
    const imported = roundTrip(base);
    expect(imported.uid).toBe(base.uid);
    expect(sameInCalendar(base, imported)).toBe(true);
    expect(importedToFields(imported)).toMatchObject({ venue: base.venue, organiserUrl: base.organiserUrl });
  });

  it("finds an all-day event in a zone east of UTC unchanged", () => {
    const allDay = {
      ...base,
      allDay: true,
      timeZone: "Europe/Berlin",
      startsAt: new Date("2026-06-09T22:00:00Z"),
      endsAt: new Date("2026-06-11T22:00:00Z"),
    };
    const imported = roundTrip(allDay);
    expect([imported.startDate, imported.endDate]).toEqual(["2026-06-10", "2026-06-12"]);
    expect(sameInCalendar(allDay, imported)).toBe(true);
  });

  it("puts an online-only event's link in LOCATION and reads it back as the online link", () => {
    const online = { ...base, venue: null, onlineUrl: "https://meet.example.com/abc", organiserUrl: null };
    const imported = roundTrip(online);
    expect(sameInCalendar(online, imported)).toBe(true);
    expect(importedToFields(imported)).toMatchObject({ venue: null, onlineUrl: online.onlineUrl });
  });

  it("notices a changed time or a cancellation", () => {
    const imported = roundTrip(base);
    expect(sameInCalendar({ ...base, startsAt: new Date("2026-06-10T16:00:00Z") }, imported)).toBe(false);
    expect(sameInCalendar({ ...base, status: "cancelled" }, imported)).toBe(false);
  });
});
