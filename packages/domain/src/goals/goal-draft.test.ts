import { describe, expect, it } from "vitest";
import { validateGoalDraft } from ".";

const valid = {
  title: "  Find a mentor  ",
  metric: "conversations",
  target: 4,
  startDate: "2026-03-01",
  dueDate: "2026-04-30",
};

describe("validateGoalDraft", () => {
  it("accepts a good draft, trimming the title and defaulting the category", () => {
    expect(validateGoalDraft(valid)).toEqual({
      ok: true,
      draft: { ...valid, title: "Find a mentor", category: "custom" },
    });
  });

  it("reports every missing field at once, by name", () => {
    const result = validateGoalDraft({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["dueDate", "metric", "startDate", "target", "title"]);
  });

  it("requires a non-blank title", () => {
    const result = validateGoalDraft({ ...valid, title: "   " });
    expect(result).toEqual({ ok: false, errors: { title: expect.stringMatching(/title/) } });
    expect(validateGoalDraft({ ...valid, title: "x".repeat(121) }).ok).toBe(false);
  });

  it("requires a whole-number target of at least 1", () => {
    for (const target of [0, -3, 1.5, "3", Number.NaN, 100_000]) {
      const result = validateGoalDraft({ ...valid, target });
      expect(result.ok ? {} : Object.keys(result.errors)).toEqual(["target"]);
    }
    expect(validateGoalDraft({ ...valid, target: 1 }).ok).toBe(true);
  });

  it("requires a known metric and category", () => {
    const result = validateGoalDraft({ ...valid, metric: "likes", category: "fame" });
    expect(result.ok ? {} : Object.keys(result.errors).sort()).toEqual(["category", "metric"]);
    expect(validateGoalDraft({ ...valid, category: "find_mentor" }).ok).toBe(true);
  });

  it("requires real dates with the due date on or after the start", () => {
    expect(validateGoalDraft({ ...valid, dueDate: "2026-02-28" })).toEqual({
      ok: false,
      errors: { dueDate: expect.stringMatching(/before the start/) },
    });
    expect(validateGoalDraft({ ...valid, dueDate: valid.startDate }).ok).toBe(true);
    const bad = validateGoalDraft({ ...valid, startDate: "2026-02-30", dueDate: "soon" });
    expect(bad.ok ? {} : Object.keys(bad.errors).sort()).toEqual(["dueDate", "startDate"]);
  });
});
