import { describe, expect, it } from "vitest";
import { addIsoWeeks, isoWeeksBetween } from "../time";
import { pickTip, type SentTip, TIP_REPEAT_GAP_WEEKS, TIPS } from ".";

describe("pickTip", () => {
  it("gives the same tip for the same inputs, whatever the history order", () => {
    const history: SentTip[] = [
      { weekKey: "2026-W40", tipId: "time.book-the-slot" },
      { weekKey: "2026-W41", tipId: "time.lunch-with-someone" },
      { weekKey: "2026-W42", tipId: "time.pick-three" },
    ];
    const first = pickTip("time", "2026-W43", history);
    expect(pickTip("time", "2026-W43", [...history].reverse())).toEqual(first);
    expect(TIPS.time).toContainEqual(first);
    expect(history.map((h) => h.tipId)).not.toContain(first.id);
  });

  it("varies the first tip from week to week when nothing has been sent", () => {
    const picks = new Set<string>();
    for (let i = 0; i < 10; i++) picks.add(pickTip("skills", addIsoWeeks("2026-W01", i), []).id);
    expect(picks.size).toBeGreaterThan(1);
  });

  it("never repeats a tip within eight weeks, and uses the whole pool, over a year of digests", () => {
    for (const barrierId of ["confidence", "values"] as const) {
      const history: SentTip[] = [];
      let week = "2026-W45"; // runs across the 53-week year end
      for (let i = 0; i < 60; i++) {
        const tip = pickTip(barrierId, week, history);
        const recent = history.filter((h) => isoWeeksBetween(h.weekKey, week) <= TIP_REPEAT_GAP_WEEKS);
        expect(recent.map((h) => h.tipId)).not.toContain(tip.id);
        history.push({ weekKey: week, tipId: tip.id });
        week = addIsoWeeks(week, 1);
      }
      const firstRound = history.slice(0, TIPS[barrierId].length).map((h) => h.tipId);
      expect(new Set(firstRound).size).toBe(TIPS[barrierId].length);
    }
  });

  it("returns this week's tip again when a retried run already recorded one", () => {
    const history: SentTip[] = [
      { weekKey: "2026-W48", tipId: "rejection.easy-yes" },
      { weekKey: "2026-W47", tipId: "rejection.swap-stories" },
    ];
    expect(pickTip("rejection", "2026-W48", history).id).toBe("rejection.easy-yes");
  });

  it("falls back to the least recently sent tip when every tip was sent lately", () => {
    const pool = TIPS.confidence.map((t) => t.id);
    const [oldest, ...others] = pool;
    const history: SentTip[] = [
      { weekKey: "2026-W40", tipId: oldest as string },
      // Several a week: an unusual history, but it must not break the digest.
      ...others.map((tipId, i) => ({ weekKey: addIsoWeeks("2026-W41", i % 4), tipId })),
    ];
    expect(pickTip("confidence", "2026-W46", history).id).toBe(oldest);
  });

  it("ignores other barriers' tips and weeks after the one being picked", () => {
    const base = pickTip("values", "2026-W10", []);
    const noise: SentTip[] = [
      { weekKey: "2026-W09", tipId: "time.book-the-slot" },
      { weekKey: "2026-W12", tipId: base.id },
    ];
    expect(pickTip("values", "2026-W10", noise)).toEqual(base);
  });

  it("rejects a malformed week key", () => {
    expect(() => pickTip("values", "2026-48", [])).toThrow(RangeError);
  });
});
