import { describe, expect, it } from "vitest";
import {
  allowedRsvps,
  CONVERSATION_STARTERS,
  eventPhase,
  metOnDate,
  normaliseTags,
  startersForEvent,
} from "./index";

describe("conversation starters", () => {
  it("has at least twelve, all different", () => {
    expect(CONVERSATION_STARTERS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CONVERSATION_STARTERS).size).toBe(CONVERSATION_STARTERS.length);
  });

  it("gives the same two different starters for the same event every time", () => {
    const a = startersForEvent("event-1");
    expect(a).toHaveLength(2);
    expect(a[0]).not.toBe(a[1]);
    expect(startersForEvent("event-1")).toEqual(a);
  });

  it("rotates across events so the catalogue gets used", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) for (const s of startersForEvent(`event-${i}`)) seen.add(s);
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });
});

describe("event phase and RSVP answers", () => {
  const event = { startsAt: new Date("2026-05-01T18:00:00Z"), endsAt: new Date("2026-05-01T21:00:00Z") };
  it("offers interested and going before, only attended after", () => {
    expect(eventPhase(event, new Date("2026-05-01T17:59:00Z"))).toBe("upcoming");
    expect(allowedRsvps("upcoming")).toEqual(["interested", "going"]);
    expect(eventPhase(event, new Date("2026-05-01T19:00:00Z"))).toBe("ongoing");
    expect(allowedRsvps("ongoing")).toContain("attended");
    expect(eventPhase(event, new Date("2026-05-01T21:00:00Z"))).toBe("ended");
    expect(allowedRsvps("ended")).toEqual(["attended"]);
  });

  it("dates the meeting in the person's own time zone", () => {
    const late = { startsAt: new Date("2026-05-01T23:30:00Z") };
    expect(metOnDate(late, "Europe/Berlin")).toBe("2026-05-02");
    expect(metOnDate(late, "America/New_York")).toBe("2026-05-01");
  });
});

describe("tags", () => {
  it("trims, lower-cases and drops duplicates and blanks", () => {
    expect(normaliseTags([" AI ", "ai", "", "Climate  Tech"])).toEqual(["ai", "climate tech"]);
  });
});
