import { describe, expect, it } from "vitest";
import { clampInstant, clampLocalDate, isSaneLocalDate, saneDateProblem } from "./sane-dates";

describe("dates people plan in", () => {
  it("accepts 1900 to 2100 and refuses what lies outside or is not a date", () => {
    expect(isSaneLocalDate("1900-01-01")).toBe(true);
    expect(isSaneLocalDate("2100-12-31")).toBe(true);
    expect(isSaneLocalDate("1899-12-31")).toBe(false);
    expect(isSaneLocalDate("2101-01-01")).toBe(false);
    expect(isSaneLocalDate("0001-01-01")).toBe(false);
    expect(isSaneLocalDate("9999-12-31")).toBe(false);
    expect(isSaneLocalDate("2026-02-30")).toBe(false);
    expect(saneDateProblem("9999-12-31", "due date")).toBe("The due date must be between 1900 and 2100.");
    expect(saneDateProblem("soon", "due date")).toBe("Pick a valid due date.");
    expect(saneDateProblem("2026-03-01", "due date")).toBeNull();
  });

  it("clamps stored dates and instants so arithmetic on them cannot throw", () => {
    expect(clampLocalDate("0001-01-01")).toBe("1900-01-01");
    expect(clampLocalDate("9999-12-31")).toBe("2100-12-31");
    expect(clampLocalDate("20000-01-01")).toBe("1900-01-01");
    expect(clampLocalDate("2026-05-04")).toBe("2026-05-04");
    expect(clampInstant(new Date("9999-12-31T00:00:00Z")).toISOString()).toBe("2100-12-31T23:59:59.999Z");
    expect(clampInstant(new Date(Number.NaN)).toISOString()).toBe("1900-01-01T00:00:00.000Z");
    const now = new Date();
    expect(clampInstant(now)).toBe(now);
  });
});
