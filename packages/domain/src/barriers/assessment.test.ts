import { describe, expect, it } from "vitest";
import {
  ASSESSMENT_STATEMENTS,
  AssessmentError,
  BARRIER_IDS,
  type BarrierId,
  compareProfiles,
  scoreAssessment,
  validateAssessment,
} from ".";

/** Everyone neutral (3), then per-barrier [agree-with-normal, agree-with-reverse] overrides. */
function answers(overrides: Partial<Record<BarrierId, [number, number]>> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of ASSESSMENT_STATEMENTS) {
    const pair = overrides[s.barrierId];
    out[s.id] = pair ? (s.reverse ? pair[1] : pair[0]) : 3;
  }
  return out;
}

const strong: [number, number] = [5, 1];
const none: [number, number] = [1, 5];

describe("scoreAssessment", () => {
  it("scores all-neutral answers 50 everywhere, with no top barriers", () => {
    const profile = scoreAssessment(answers());
    expect(Object.values(profile.scores)).toEqual(BARRIER_IDS.map(() => 50));
    expect(profile.ranked).toEqual([...BARRIER_IDS]);
    expect(profile.top).toEqual([]);
  });

  it("maps agreement onto 0–100 and ranks the strongest barriers first", () => {
    const profile = scoreAssessment(
      answers({
        confidence: strong,
        rejection: [4, 2],
        time: [1, 5],
        skills: none,
        opportunities: none,
        short_term: none,
        unclear_goals: none,
        values: none,
      }),
    );
    expect(profile.scores.confidence).toBe(100);
    expect(profile.scores.rejection).toBe(75);
    expect(profile.scores.time).toBe(0);
    expect(profile.ranked.slice(0, 2)).toEqual(["confidence", "rejection"]);
    expect(profile.top).toEqual(["confidence", "rejection"]);
  });

  it("flips reverse-worded statements", () => {
    const a = answers();
    a["confidence.3"] = 5; // "I can easily describe what I'm good at": agreeing lowers the barrier
    expect(scoreAssessment(a).scores.confidence).toBe(33);
    a["confidence.3"] = 1;
    expect(scoreAssessment(a).scores.confidence).toBe(67);
  });

  it("keeps barriers at the neutral floor out of the top, and lets barely-above ones in", () => {
    const a = answers();
    a["values.1"] = 4; // (4 + 3 + 3) / 3 → 58
    const profile = scoreAssessment(a);
    expect(profile.scores.values).toBe(58);
    expect(profile.top).toEqual(["values"]);
  });

  it("caps the top list at three and breaks ties in catalogue order", () => {
    const profile = scoreAssessment(
      answers({ values: strong, time: strong, skills: strong, rejection: strong, opportunities: [4, 2] }),
    );
    expect(profile.top).toEqual(["rejection", "time", "skills"]);
    expect(profile.ranked.slice(0, 5)).toEqual(["rejection", "time", "skills", "values", "opportunities"]);
  });

  it("names every missing and out-of-range statement in one error", () => {
    const a: Record<string, number> = answers();
    delete a["time.2"];
    a["skills.1"] = 6;
    a["values.3"] = 2.5;
    let caught: unknown;
    try {
      scoreAssessment(a);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AssessmentError);
    const error = caught as AssessmentError;
    expect(error.issues.map((i) => [i.statementId, i.problem])).toEqual([
      ["time.2", "missing"],
      ["skills.1", "out_of_range"],
      ["values.3", "out_of_range"],
    ]);
    expect(error.message).toContain("time.2");
    expect(error.message).toContain("I can't see where networking would fit into my week.");
  });

  it("rejects zero, non-numbers and answers to unknown statements", () => {
    const a: Record<string, unknown> = { ...answers(), "confidence.1": 0, "rejection.1": "4", "mood.1": 3 };
    const issues = validateAssessment(a as Record<string, number>);
    expect(issues.map((i) => `${i.statementId}:${i.problem}`)).toEqual([
      "confidence.1:out_of_range",
      "rejection.1:out_of_range",
      "mood.1:unknown_statement",
    ]);
    expect(validateAssessment(answers())).toEqual([]);
  });
});

describe("compareProfiles", () => {
  it("reports each barrier's change, negative meaning it eased", () => {
    const before = scoreAssessment(answers({ confidence: strong, time: [4, 2] }));
    const after = scoreAssessment(answers({ confidence: [4, 2], values: [4, 2] }));
    const changes = compareProfiles(before, after);
    expect(changes.map((c) => c.barrierId)).toEqual([...BARRIER_IDS]);
    expect(changes.find((c) => c.barrierId === "confidence")).toEqual({
      barrierId: "confidence",
      before: 100,
      after: 75,
      change: -25,
      direction: "eased",
    });
    expect(changes.find((c) => c.barrierId === "time")?.direction).toBe("eased");
    expect(changes.find((c) => c.barrierId === "values")).toMatchObject({ change: 25, direction: "grew" });
    expect(changes.find((c) => c.barrierId === "skills")).toMatchObject({
      change: 0,
      direction: "unchanged",
    });
  });
});
