import { describe, expect, it } from "vitest";
import { isValidTimeZone, localDate, zonedParts, zonedTimeToUtc } from ".";

const at = (iso: string) => new Date(iso);
const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
});

describe("isValidTimeZone", () => {
  it("accepts IANA names and UTC, rejects anything else", () => {
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("America/New_York")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("makes the other helpers throw a clear error for an unknown zone", () => {
    expect(() => localDate(at("2026-01-01T00:00:00Z"), "Nowhere/Special")).toThrow(/Nowhere\/Special/);
    expect(() => zonedTimeToUtc(wall(2026, 1, 1, 0), "Nowhere/Special")).toThrow(RangeError);
  });
});

describe("zonedParts and localDate", () => {
  it("reads the wall clock in the person's zone, with an ISO weekday", () => {
    expect(zonedParts(at("2026-11-23T14:05:09Z"), "America/New_York")).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hour: 9,
      minute: 5,
      second: 9,
      weekday: 1,
    });
  });

  it("puts the same instant on different dates either side of midnight", () => {
    const lateSundayUtc = at("2026-01-04T23:30:00Z");
    expect(localDate(lateSundayUtc, "Europe/London")).toBe("2026-01-04");
    expect(localDate(lateSundayUtc, "Asia/Tokyo")).toBe("2026-01-05");
    expect(localDate(lateSundayUtc, "America/New_York")).toBe("2026-01-04");
    expect(zonedParts(lateSundayUtc, "Asia/Tokyo").weekday).toBe(1);
    expect(zonedParts(lateSundayUtc, "Europe/London").weekday).toBe(7);
  });

  it("reports midnight as hour 0, never 24", () => {
    const parts = zonedParts(at("2026-06-01T04:00:00Z"), "America/New_York");
    expect(parts).toMatchObject({ day: 1, hour: 0, minute: 0 });
  });

  it("follows summer time in London and New York", () => {
    expect(zonedParts(at("2026-03-29T00:59:00Z"), "Europe/London")).toMatchObject({ hour: 0, minute: 59 });
    expect(zonedParts(at("2026-03-29T01:00:00Z"), "Europe/London")).toMatchObject({ hour: 2, minute: 0 });
    expect(zonedParts(at("2026-03-08T06:59:00Z"), "America/New_York")).toMatchObject({ hour: 1 });
    expect(zonedParts(at("2026-03-08T07:00:00Z"), "America/New_York")).toMatchObject({ hour: 3 });
  });

  it("rejects invalid dates", () => {
    expect(() => zonedParts(new Date(Number.NaN), "UTC")).toThrow(RangeError);
  });
});

describe("zonedTimeToUtc", () => {
  it("converts ordinary wall times using the offset in force", () => {
    expect(zonedTimeToUtc(wall(2026, 1, 15, 9), "America/New_York").toISOString()).toBe(
      "2026-01-15T14:00:00.000Z",
    );
    expect(zonedTimeToUtc(wall(2026, 7, 1, 9), "America/New_York").toISOString()).toBe(
      "2026-07-01T13:00:00.000Z",
    );
    expect(zonedTimeToUtc(wall(2026, 1, 1, 0), "Asia/Kolkata").toISOString()).toBe(
      "2025-12-31T18:30:00.000Z",
    );
    expect(zonedTimeToUtc(wall(2026, 7, 1, 8, 15), "Europe/London").toISOString()).toBe(
      "2026-07-01T07:15:00.000Z",
    );
  });

  it("moves a wall time inside a spring-forward gap forward by the gap", () => {
    // London skips 01:00–02:00 on 2026-03-29: 01:30 is read as 02:30 BST.
    const london = zonedTimeToUtc(wall(2026, 3, 29, 1, 30), "Europe/London");
    expect(london.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(zonedParts(london, "Europe/London")).toMatchObject({ hour: 2, minute: 30 });
    // New York skips 02:00–03:00 on 2026-03-08: 02:30 is read as 03:30 EDT.
    const newYork = zonedTimeToUtc(wall(2026, 3, 8, 2, 30), "America/New_York");
    expect(newYork.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(zonedParts(newYork, "America/New_York")).toMatchObject({ hour: 3, minute: 30 });
  });

  it("keeps the times on either side of the gap exact", () => {
    expect(zonedTimeToUtc(wall(2026, 3, 29, 0, 59), "Europe/London").toISOString()).toBe(
      "2026-03-29T00:59:00.000Z",
    );
    expect(zonedTimeToUtc(wall(2026, 3, 29, 2, 0), "Europe/London").toISOString()).toBe(
      "2026-03-29T01:00:00.000Z",
    );
  });

  it("picks the earlier instant for a wall time that happens twice", () => {
    // London repeats 01:00–02:00 on 2026-10-25; the first 01:30 is still BST.
    expect(zonedTimeToUtc(wall(2026, 10, 25, 1, 30), "Europe/London").toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
    // New York repeats 01:00–02:00 on 2026-11-01; the first 01:30 is still EDT.
    expect(zonedTimeToUtc(wall(2026, 11, 1, 1, 30), "America/New_York").toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    expect(zonedTimeToUtc(wall(2026, 11, 1, 2, 0), "America/New_York").toISOString()).toBe(
      "2026-11-01T07:00:00.000Z",
    );
  });

  it("round-trips every quarter hour across the DST weekends", () => {
    const cases: Array<[string, string]> = [
      ["Europe/London", "2026-03-28T12:00:00Z"],
      ["Europe/London", "2026-10-24T12:00:00Z"],
      ["America/New_York", "2026-03-07T12:00:00Z"],
      ["America/New_York", "2026-10-31T12:00:00Z"],
    ];
    for (const [zone, startIso] of cases) {
      for (let step = 0; step < 4 * 48; step++) {
        const instant = new Date(Date.parse(startIso) + step * 15 * 60_000);
        const parts = zonedParts(instant, zone);
        const back = zonedTimeToUtc(parts, zone);
        // Same wall clock, and never later than the original (overlaps resolve to the first).
        expect(zonedParts(back, zone)).toEqual(parts);
        expect(back.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime() - back.getTime()).toBeLessThanOrEqual(3_600_000);
      }
    }
  });

  it("rejects impossible wall times", () => {
    expect(() => zonedTimeToUtc(wall(2026, 2, 29, 9), "UTC")).toThrow(RangeError);
    expect(() => zonedTimeToUtc(wall(2026, 1, 1, 24), "UTC")).toThrow(RangeError);
    expect(() => zonedTimeToUtc({ ...wall(2026, 1, 1, 9), minute: 60 }, "UTC")).toThrow(RangeError);
  });
});
