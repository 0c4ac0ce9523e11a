import { describe, expect, it } from "vitest";
import { addIsoWeeks } from "../time";
import {
  BARRIER_IDS,
  type BarrierId,
  GOAL_TEMPLATES,
  pickSuggestedAction,
  profileFromScores,
  SUGGESTED_ACTIONS,
  suggestGoalTemplates,
} from ".";

function profile(high: Partial<Record<BarrierId, number>>) {
  const scores = Object.fromEntries(BARRIER_IDS.map((id) => [id, high[id] ?? 20])) as Record<
    BarrierId,
    number
  >;
  return profileFromScores(scores);
}

describe("suggestGoalTemplates", () => {
  const p = profile({ values: 90, confidence: 80, time: 70, skills: 40 });

  it("takes turns across the top barriers, strongest first", () => {
    expect(suggestGoalTemplates(p, 3).map((t) => t.id)).toEqual([
      GOAL_TEMPLATES.values[0]?.id,
      GOAL_TEMPLATES.confidence[0]?.id,
      GOAL_TEMPLATES.time[0]?.id,
    ]);
    expect(suggestGoalTemplates(p, 6).map((t) => t.barrierId)).toEqual([
      "values",
      "confidence",
      "time",
      "values",
      "confidence",
      "time",
    ]);
  });

  it("fills from the rest of the ranking when asked for more, without duplicates", () => {
    const many = suggestGoalTemplates(p, 8);
    // Next in rank: skills (40), then the tied 20s in catalogue order, still taking turns.
    expect(many.slice(6).map((t) => t.barrierId)).toEqual(["skills", "rejection"]);
    const all = suggestGoalTemplates(p, 1000);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    expect(all.length).toBe(BARRIER_IDS.reduce((n, id) => n + GOAL_TEMPLATES[id].length, 0));
  });

  it("uses the relatively strongest barriers when none is above the floor", () => {
    const calm = profile({ rejection: 40, time: 30 });
    expect(calm.top).toEqual([]);
    expect(suggestGoalTemplates(calm, 2).map((t) => t.barrierId)).toEqual(["rejection", "time"]);
  });

  it("handles n = 0 and rejects nonsense n", () => {
    expect(suggestGoalTemplates(p, 0)).toEqual([]);
    expect(() => suggestGoalTemplates(p, -1)).toThrow(RangeError);
    expect(() => suggestGoalTemplates(p, 1.5)).toThrow(RangeError);
  });
});

describe("pickSuggestedAction", () => {
  it("is deterministic for a profile and week", () => {
    const p = profile({ skills: 90 });
    expect(pickSuggestedAction(p, "2026-W48")).toEqual(pickSuggestedAction(p, "2026-W48"));
  });

  it("steps through every top-barrier action before repeating, alternating barriers", () => {
    const p = profile({ time: 90, skills: 80 });
    const total = SUGGESTED_ACTIONS.time.length + SUGGESTED_ACTIONS.skills.length;
    const picks = Array.from({ length: total }, (_, i) => pickSuggestedAction(p, addIsoWeeks("2026-W50", i)));
    expect(new Set(picks.map((x) => x.action.id)).size).toBe(total);
    for (let i = 1; i < picks.length; i++) {
      expect(picks[i]?.barrierId).not.toBe(picks[i - 1]?.barrierId);
    }
    expect(pickSuggestedAction(p, addIsoWeeks("2026-W50", total))).toEqual(picks[0]);
  });

  it("only suggests actions from the focus barriers", () => {
    const p = profile({ opportunities: 75 });
    for (let i = 0; i < 6; i++) {
      expect(pickSuggestedAction(p, addIsoWeeks("2027-W01", i)).barrierId).toBe("opportunities");
    }
    const calm = profile({});
    expect(["confidence", "rejection", "time"]).toContain(pickSuggestedAction(calm, "2026-W10").barrierId);
  });
});
