import { describe, expect, it } from "vitest";
import {
  addIsoWeeks,
  isoWeek,
  isoWeekIndex,
  isoWeekKey,
  isoWeekOfDate,
  isoWeeksBetween,
  isoWeeksInYear,
  isValidIsoWeekKey,
  mondayOfIsoWeek,
  parseIsoWeekKey,
  startOfIsoWeek,
} from ".";

describe("ISO weeks of dates", () => {
  it("handles the 2026/2027 year edge, where 2026 has 53 weeks", () => {
    expect(isoWeekOfDate("2026-12-31")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOfDate("2027-01-01")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOfDate("2027-01-03")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOfDate("2027-01-04")).toEqual({ year: 2027, week: 1 });
  });

  it("handles 2020's week 53 and a December date in next year's week 1", () => {
    expect(isoWeekOfDate("2020-12-31")).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOfDate("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOfDate("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOfDate("2025-12-29")).toEqual({ year: 2026, week: 1 });
  });

  it("knows which years have 53 weeks", () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2027)).toBe(52);
  });
});

describe("ISO weeks of instants in a time zone", () => {
  it("uses the person's local date, so a late Sunday in UTC is Monday in Tokyo", () => {
    const instant = new Date("2026-01-04T23:30:00Z");
    expect(isoWeek(instant, "Europe/London")).toEqual({ year: 2026, week: 1 });
    expect(isoWeekKey(instant, "Asia/Tokyo")).toBe("2026-W02");
  });

  it("keeps New Year's Eve in New York in the old year's week", () => {
    const instant = new Date("2027-01-01T03:00:00Z");
    expect(isoWeekKey(instant, "America/New_York")).toBe("2026-W53");
    expect(isoWeekKey(new Date("2020-12-31T12:00:00Z"), "UTC")).toBe("2020-W53");
  });
});

describe("week keys", () => {
  it("parses and validates keys, including week 53 only in long years", () => {
    expect(parseIsoWeekKey("2026-W48")).toEqual({ year: 2026, week: 48 });
    expect(isValidIsoWeekKey("2026-W53")).toBe(true);
    expect(isValidIsoWeekKey("2027-W53")).toBe(false);
    expect(isValidIsoWeekKey("2026-W00")).toBe(false);
    expect(isValidIsoWeekKey("2026-48")).toBe(false);
    expect(() => parseIsoWeekKey("2026-W7")).toThrow(/2026-W7/);
  });

  it("finds the Monday of a week", () => {
    expect(mondayOfIsoWeek("2026-W48")).toBe("2026-11-23");
    expect(mondayOfIsoWeek("2026-W01")).toBe("2025-12-29");
    expect(mondayOfIsoWeek("2020-W53")).toBe("2020-12-28");
  });

  it("adds and counts weeks across year ends", () => {
    expect(addIsoWeeks("2026-W52", 1)).toBe("2026-W53");
    expect(addIsoWeeks("2026-W53", 1)).toBe("2027-W01");
    expect(addIsoWeeks("2027-W02", -3)).toBe("2026-W52");
    expect(isoWeeksBetween("2026-W50", "2027-W02")).toBe(5);
    expect(isoWeeksBetween("2027-W02", "2026-W50")).toBe(-5);
    expect(isoWeekIndex("1970-W01")).toBe(0);
    expect(isoWeekIndex("2026-W49") - isoWeekIndex("2026-W48")).toBe(1);
  });
});

describe("startOfIsoWeek", () => {
  it("is Monday midnight in the person's zone, as a UTC instant", () => {
    expect(startOfIsoWeek("2026-W48", "Europe/London").toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(startOfIsoWeek("2026-W48", "America/New_York").toISOString()).toBe("2026-11-23T05:00:00.000Z");
    expect(startOfIsoWeek("2026-W48", "Asia/Tokyo").toISOString()).toBe("2026-11-22T15:00:00.000Z");
  });

  it("follows the offset change in a week that starts just after the clocks go forward", () => {
    expect(startOfIsoWeek("2026-W13", "Europe/London").toISOString()).toBe("2026-03-23T00:00:00.000Z");
    expect(startOfIsoWeek("2026-W14", "Europe/London").toISOString()).toBe("2026-03-29T23:00:00.000Z");
  });

  it("starts week 1 in the previous calendar year when that is where its Monday falls", () => {
    expect(startOfIsoWeek("2026-W01", "UTC").toISOString()).toBe("2025-12-29T00:00:00.000Z");
  });
});
