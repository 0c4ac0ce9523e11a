import { describe, expect, it } from "vitest";
import { type NetworkingBlock, suggestIntroSlot } from "./slot";

const block = (
  timeZone: string,
  days: string[],
  startTime: string,
  durationMinutes = 60,
): NetworkingBlock => ({
  days,
  startTime,
  durationMinutes,
  timeZone,
  startDate: "2026-01-01",
});

const iso = (slot: ReturnType<typeof suggestIntroSlot>) =>
  slot ? [slot.start.toISOString(), slot.end.toISOString()] : null;

describe("suggested intro slot", () => {
  // Tuesdays 15:00 in Berlin and 09:00 in New York are the same hour until the US moves its clocks
  // (8 March 2026); Europe follows on 29 March, so the week of 10 March they miss each other.
  const berlin = block("Europe/Berlin", ["TU"], "15:00:00");
  const newYork = block("America/New_York", ["TU"], "09:00");

  it("finds the first 30 minutes both blocks share, in UTC", () => {
    expect(iso(suggestIntroSlot("2026-03-02", [berlin, newYork]))).toEqual([
      "2026-03-03T14:00:00.000Z",
      "2026-03-03T14:30:00.000Z",
    ]);
  });

  it("knows that a DST change in one zone only pulls the same wall times apart", () => {
    expect(suggestIntroSlot("2026-03-09", [berlin, newYork])).toBeNull();
    // Once Europe has changed too, they line up again (13:00 UTC).
    expect(iso(suggestIntroSlot("2026-03-30", [berlin, newYork]))).toEqual([
      "2026-03-31T13:00:00.000Z",
      "2026-03-31T13:30:00.000Z",
    ]);
  });

  it("suggests nothing when the blocks never overlap, or someone has no block", () => {
    const morning = block("Europe/London", ["TU", "TH"], "09:00");
    const afternoon = block("Europe/London", ["TU", "TH"], "14:00");
    expect(suggestIntroSlot("2026-03-02", [morning, afternoon])).toBeNull();
    expect(suggestIntroSlot("2026-03-02", [morning, null])).toBeNull();
  });

  it("needs a full 30 minutes of overlap", () => {
    const a = block("UTC", ["WE"], "12:00", 60);
    const b = block("UTC", ["WE"], "12:40", 60);
    expect(suggestIntroSlot("2026-03-02", [a, b])).toBeNull();
    const c = block("UTC", ["WE"], "12:30", 60);
    expect(iso(suggestIntroSlot("2026-03-02", [a, c]))?.[0]).toBe("2026-03-04T12:30:00.000Z");
  });

  it("for a trio, only time inside all three blocks counts", () => {
    const london = block("Europe/London", ["TU"], "14:00", 45);
    expect(iso(suggestIntroSlot("2026-03-02", [berlin, newYork, london]))).toEqual([
      "2026-03-03T14:00:00.000Z",
      "2026-03-03T14:30:00.000Z",
    ]);
    const lateLondon = block("Europe/London", ["TU"], "14:40", 45);
    expect(suggestIntroSlot("2026-03-02", [berlin, newYork, lateLondon])).toBeNull();
  });

  it("looks at the seven days after the intro, not the day itself, and not before a block starts", () => {
    const a = block("UTC", ["MO"], "10:00");
    const b = block("UTC", ["MO"], "10:00");
    // The round is on Monday 2 March: the slot is the next Monday.
    expect(iso(suggestIntroSlot("2026-03-02", [a, b]))?.[0]).toBe("2026-03-09T10:00:00.000Z");
    expect(suggestIntroSlot("2026-03-02", [a, { ...b, startDate: "2026-03-10" }])).toBeNull();
  });
});
