import { describe, expect, it } from "vitest";
import { cadenceStatus, effectiveCadence, FollowUpRuleError, lastInteractionOn, validateCadence } from ".";

const monthly = { idealDays: 30, maxDays: 45 };

describe("cadenceStatus", () => {
  it("is green on the same day as the last interaction", () => {
    expect(cadenceStatus("2026-03-10", monthly, "2026-03-10")).toEqual({
      status: "green",
      daysSince: 0,
      idealBy: "2026-04-09",
      maxBy: "2026-04-24",
      daysUntilIdeal: 30,
      daysOverIdeal: 0,
      daysOverMax: 0,
    });
  });
  it("is still green on the ideal day itself", () => {
    const s = cadenceStatus("2026-03-10", monthly, "2026-04-09");
    expect(s.status).toBe("green");
    expect(s.daysUntilIdeal).toBe(0);
  });
  it("turns amber the day after the ideal and stays amber through the maximum", () => {
    const first = cadenceStatus("2026-03-10", monthly, "2026-04-10");
    expect(first).toMatchObject({ status: "amber", daysOverIdeal: 1, daysUntilIdeal: -1, daysOverMax: 0 });
    expect(cadenceStatus("2026-03-10", monthly, "2026-04-24")).toMatchObject({
      status: "amber",
      daysOverIdeal: 15,
    });
  });
  it("turns red the day after the maximum", () => {
    expect(cadenceStatus("2026-03-10", monthly, "2026-04-25")).toMatchObject({
      status: "red",
      daysSince: 46,
      daysOverIdeal: 16,
      daysOverMax: 1,
    });
  });
  it("counts across a leap day and month ends", () => {
    const weekly = { idealDays: 7, maxDays: 14 };
    expect(cadenceStatus("2024-02-26", weekly, "2024-03-04")).toMatchObject({
      status: "green",
      daysSince: 7,
    });
    expect(cadenceStatus("2023-02-26", weekly, "2023-03-04")).toMatchObject({
      status: "green",
      daysSince: 6,
    });
    expect(cadenceStatus("2024-01-31", monthly, "2024-03-01")).toMatchObject({
      status: "green",
      idealBy: "2024-03-01",
    });
  });
  it("treats ideal equal to maximum as going straight from green to red", () => {
    const strict = { idealDays: 14, maxDays: 14 };
    expect(cadenceStatus("2026-03-01", strict, "2026-03-15").status).toBe("green");
    expect(cadenceStatus("2026-03-01", strict, "2026-03-16").status).toBe("red");
  });
  it("rejects bad cadences and dates", () => {
    expect(() => cadenceStatus("2026-03-01", { idealDays: 0, maxDays: 5 }, "2026-03-02")).toThrow(
      FollowUpRuleError,
    );
    expect(() => cadenceStatus("2026-02-30", monthly, "2026-03-02")).toThrow(/lastInteractionDate/);
  });
});

describe("validateCadence", () => {
  it("accepts a sensible cadence and rejects a maximum shorter than the ideal", () => {
    expect(validateCadence(monthly)).toBe(monthly);
    expect(() => validateCadence({ idealDays: 30, maxDays: 20 })).toThrow(/no shorter than the ideal 30/);
    expect(() => validateCadence({ idealDays: 2.5, maxDays: 20 })).toThrow(/whole number/);
  });
});

describe("lastInteractionOn: any logged interaction resets the clock", () => {
  it("takes the latest date of any kind or outcome", () => {
    const interactions = [
      { occurredOn: "2026-01-05" },
      { occurredOn: "2026-02-20" },
      { occurredOn: "2026-02-01" },
    ];
    expect(lastInteractionOn(interactions, "2026-03-10")).toBe("2026-02-20");
  });
  it("turns a red contact green after a new interaction", () => {
    const before = lastInteractionOn([{ occurredOn: "2026-01-01" }], "2026-03-10");
    expect(before).not.toBeNull();
    expect(cadenceStatus(before ?? "", monthly, "2026-03-10").status).toBe("red");
    const after = lastInteractionOn(
      [{ occurredOn: "2026-01-01" }, { occurredOn: "2026-03-09" }],
      "2026-03-10",
    );
    expect(cadenceStatus(after ?? "", monthly, "2026-03-10").status).toBe("green");
  });
  it("ignores interactions planned for after today", () => {
    expect(
      lastInteractionOn([{ occurredOn: "2026-03-01" }, { occurredOn: "2026-03-20" }], "2026-03-10"),
    ).toBe("2026-03-01");
    expect(lastInteractionOn([{ occurredOn: "2026-03-10" }], "2026-03-10")).toBe("2026-03-10");
  });
  it("is null when nothing has been logged", () => {
    expect(lastInteractionOn([], "2026-03-10")).toBeNull();
  });
});

describe("effectiveCadence", () => {
  const tagCadences = {
    Mentors: { idealDays: 30, maxDays: 60 },
    "close circle": { idealDays: 14, maxDays: 21 },
    conference: { idealDays: 90, maxDays: 180 },
  };
  it("uses the contact's own cadence even when a tag is tighter", () => {
    const own = { idealDays: 60, maxDays: 90 };
    expect(effectiveCadence(own, ["close circle"], tagCadences)).toEqual({
      cadence: own,
      source: { kind: "contact" },
    });
  });
  it("otherwise takes the tightest tag cadence, matching tags case-insensitively", () => {
    expect(effectiveCadence(null, ["conference", "mentors", "Close Circle"], tagCadences)).toEqual({
      cadence: { idealDays: 14, maxDays: 21 },
      source: { kind: "tag", tag: "Close Circle" },
    });
  });
  it("breaks an ideal tie on the smaller maximum", () => {
    const tied = { a: { idealDays: 30, maxDays: 60 }, b: { idealDays: 30, maxDays: 40 } };
    expect(effectiveCadence(null, ["a", "b"], tied)?.source).toEqual({ kind: "tag", tag: "b" });
  });
  it("is null with no own cadence and no tag that has one", () => {
    expect(effectiveCadence(null, ["friends"], tagCadences)).toBeNull();
    expect(effectiveCadence(null, [], tagCadences)).toBeNull();
  });
});
