import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isoWeekday, isValidLocalDate, parseLocalDate } from ".";

describe("calendar dates", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-05-10", 0)).toBe("2026-05-10");
  });

  it("is unaffected by DST weekends, since dates carry no time zone", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
  });

  it("counts days between dates, negative when the second is earlier", () => {
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
    expect(daysBetween("2026-06-15", "2026-06-15")).toBe(0);
    expect(daysBetween("2026-06-15", "2026-06-01")).toBe(-14);
  });

  it("rejects malformed and impossible dates with a RangeError naming the value", () => {
    expect(isValidLocalDate("2026-02-29")).toBe(false);
    expect(isValidLocalDate("2028-02-29")).toBe(true);
    expect(isValidLocalDate("2026-2-3")).toBe(false);
    expect(isValidLocalDate("2026-13-01")).toBe(false);
    expect(() => addDays("2026-02-30", 1)).toThrow(/2026-02-30/);
    expect(() => daysBetween("yesterday", "2026-01-01")).toThrow(RangeError);
    expect(() => addDays("2026-01-01", 1.5)).toThrow(RangeError);
  });

  it("parses into numbers and knows the ISO weekday", () => {
    expect(parseLocalDate("2026-11-23")).toEqual({ year: 2026, month: 11, day: 23 });
    expect(isoWeekday("2026-11-23")).toBe(1); // Monday
    expect(isoWeekday("2026-11-29")).toBe(7); // Sunday
    expect(isoWeekday("1969-12-31")).toBe(3); // before the epoch still works
  });
});
