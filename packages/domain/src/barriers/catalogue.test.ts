import { describe, expect, it } from "vitest";
import { GOAL_CATEGORIES, GOAL_METRICS, validateGoalDraft } from "../goals";
import { addDays } from "../time";
import { ASSESSMENT_STATEMENTS, BARRIER_IDS, BARRIERS, getBarrier, isBarrierId } from ".";

const sentences = (text: string) => text.split(/[.!?]+(?=\s|$)/).filter((s) => s.trim() !== "").length;

describe("barrier catalogue", () => {
  it("holds the eight barriers in the product's order", () => {
    expect(BARRIERS.map((b) => b.id)).toEqual([
      "confidence",
      "rejection",
      "time",
      "skills",
      "opportunities",
      "short_term",
      "unclear_goals",
      "values",
    ]);
    expect(getBarrier("time").title).toBe("Lack of time");
    expect(isBarrierId("values")).toBe(true);
    expect(isBarrierId("shyness")).toBe(false);
  });

  it.each(BARRIERS.map((b) => [b.id, b] as const))("%s has a full, well-formed entry", (_id, barrier) => {
    expect(barrier.title.trim()).not.toBe("");
    expect(barrier.explanation).not.toMatch(/\n/);
    expect(sentences(barrier.explanation)).toBeGreaterThanOrEqual(2);
    expect(barrier.strategies.length).toBeGreaterThanOrEqual(3);
    expect(barrier.strategies.length).toBeLessThanOrEqual(5);

    expect(barrier.tips.length).toBeGreaterThanOrEqual(8);
    for (const tip of barrier.tips) {
      expect(tip.id.startsWith(`${barrier.id}.`)).toBe(true);
      expect(sentences(tip.text), tip.text).toBeLessThanOrEqual(2);
      expect(tip.text.length, tip.text).toBeLessThanOrEqual(160);
    }

    expect(barrier.suggestedActions.length).toBeGreaterThanOrEqual(4);
    for (const action of barrier.suggestedActions) {
      expect(action.text, "imperatives carry no full stop").not.toMatch(/[.!]$/);
      if (action.goalMetric !== undefined) expect(GOAL_METRICS).toContain(action.goalMetric);
    }

    expect(barrier.goalTemplates.length).toBeGreaterThanOrEqual(2);
    for (const template of barrier.goalTemplates) {
      expect(template.barrierId).toBe(barrier.id);
      expect(GOAL_CATEGORIES).toContain(template.category);
      expect(template.steps.length).toBeGreaterThanOrEqual(3);
      expect(template.steps.length).toBeLessThanOrEqual(5);
      expect(template.suggestedDurationDays).toBeGreaterThan(0);
      // A template must be usable as-is by the goal wizard.
      const draft = validateGoalDraft({
        title: template.title,
        metric: template.metric,
        target: template.target,
        category: template.category,
        startDate: "2026-01-05",
        dueDate: addDays("2026-01-05", template.suggestedDurationDays),
      });
      expect(draft.ok, template.id).toBe(true);
    }
  });

  it("keeps every tip, action and template id unique, since history refers to them", () => {
    const ids = BARRIERS.flatMap((b) => [
      ...b.tips.map((t) => t.id),
      ...b.suggestedActions.map((a) => `action:${a.id}`),
      ...b.goalTemplates.map((t) => `template:${t.id}`),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("assessment statements", () => {
  it("has at least three per barrier, including a reverse-worded one", () => {
    for (const id of BARRIER_IDS) {
      const mine = ASSESSMENT_STATEMENTS.filter((s) => s.barrierId === id);
      expect(mine.length, id).toBeGreaterThanOrEqual(3);
      expect(mine.some((s) => s.reverse)).toBe(true);
      expect(mine.some((s) => !s.reverse)).toBe(true);
    }
  });

  it("has unique ids", () => {
    const ids = ASSESSMENT_STATEMENTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
