import { describe, expect, it } from "vitest";
import { type Goal, goalPace } from ".";

const tenDays: Goal = {
  metric: "events_attended",
  target: 10,
  startDate: "2026-03-01",
  dueDate: "2026-03-10",
  status: "active",
};
const at = (iso: string) => new Date(iso);

describe("goalPace", () => {
  it("is not started before the start date", () => {
    expect(goalPace(tenDays, 0, at("2026-02-28T12:00:00Z"), "UTC")).toEqual({
      state: "not_started",
      expected: 0,
      progress: 0,
      percent: 0,
    });
  });

  it("expects nothing yet on the first day", () => {
    expect(goalPace(tenDays, 0, at("2026-03-01T09:00:00Z"), "UTC")).toMatchObject({
      state: "on_track",
      expected: 0,
    });
  });

  it("compares progress with the straight line, counting whole elapsed days", () => {
    const day6 = at("2026-03-06T09:00:00Z"); // five days fully over → 5 expected
    expect(goalPace(tenDays, 5, day6, "UTC")).toMatchObject({ state: "on_track", expected: 5, percent: 50 });
    expect(goalPace(tenDays, 4, day6, "UTC").state).toBe("on_track"); // one behind: inside the band
    expect(goalPace(tenDays, 3, day6, "UTC").state).toBe("behind");
    expect(goalPace(tenDays, 6, day6, "UTC").state).toBe("on_track");
    expect(goalPace(tenDays, 7, day6, "UTC").state).toBe("ahead");
  });

  it("uses a band of 10% of the target for larger targets", () => {
    const big = { ...tenDays, target: 100 };
    const day6 = at("2026-03-06T09:00:00Z"); // 50 expected, band 10
    expect(goalPace(big, 40, day6, "UTC").state).toBe("on_track");
    expect(goalPace(big, 39, day6, "UTC").state).toBe("behind");
    expect(goalPace(big, 60, day6, "UTC").state).toBe("on_track");
    expect(goalPace(big, 61, day6, "UTC").state).toBe("ahead");
  });

  it("rounds expected to two decimals and percent down", () => {
    const thirds = { ...tenDays, target: 7, dueDate: "2026-03-03" }; // 3 days
    const pace = goalPace(thirds, 2, at("2026-03-02T12:00:00Z"), "UTC");
    expect(pace.expected).toBe(2.33);
    expect(pace.percent).toBe(28);
    expect(goalPace({ ...tenDays, target: 100 }, 29, at("2026-03-02T12:00:00Z"), "UTC").percent).toBe(29);
  });

  it("is done as soon as the target is reached, even early, and shows overachievement", () => {
    expect(goalPace(tenDays, 10, at("2026-03-03T12:00:00Z"), "UTC")).toMatchObject({
      state: "done",
      percent: 100,
    });
    expect(goalPace(tenDays, 12, at("2026-03-20T12:00:00Z"), "UTC")).toMatchObject({
      state: "done",
      percent: 120,
    });
  });

  it("is done when the owner marked it completed, whatever the count", () => {
    expect(goalPace({ ...tenDays, status: "completed" }, 3, at("2026-03-05T12:00:00Z"), "UTC").state).toBe(
      "done",
    );
  });

  it("gives the whole due date, then turns overdue", () => {
    expect(goalPace(tenDays, 8, at("2026-03-10T23:00:00Z"), "UTC")).toMatchObject({
      state: "on_track",
      expected: 9,
    });
    expect(goalPace(tenDays, 9, at("2026-03-11T00:30:00Z"), "UTC")).toMatchObject({
      state: "overdue",
      expected: 10,
      percent: 90,
    });
  });

  it("handles a goal that starts and ends on the same day", () => {
    const oneDay = { ...tenDays, target: 3, startDate: "2026-03-05", dueDate: "2026-03-05" };
    expect(goalPace(oneDay, 0, at("2026-03-04T12:00:00Z"), "UTC").state).toBe("not_started");
    expect(goalPace(oneDay, 0, at("2026-03-05T12:00:00Z"), "UTC")).toMatchObject({
      state: "on_track",
      expected: 0,
    });
    expect(goalPace(oneDay, 3, at("2026-03-05T12:00:00Z"), "UTC").state).toBe("done");
    expect(goalPace(oneDay, 2, at("2026-03-06T00:00:00Z"), "UTC")).toMatchObject({
      state: "overdue",
      expected: 3,
    });
  });

  it("reads 'today' in the person's zone around midnight", () => {
    const goal = { ...tenDays, startDate: "2026-03-11", dueDate: "2026-03-20" };
    const instant = at("2026-03-11T03:00:00Z"); // New York: 10 Mar 23:00
    expect(goalPace(goal, 0, instant, "America/New_York").state).toBe("not_started");
    expect(goalPace(goal, 0, instant, "Europe/London").state).toBe("on_track");
  });

  it("counts days, not hours, across DST changes", () => {
    const month = { ...tenDays, target: 31, startDate: "2026-03-01", dueDate: "2026-03-31" };
    expect(goalPace(month, 28, at("2026-03-29T00:30:00Z"), "Europe/London").expected).toBe(28);
    expect(goalPace(month, 28, at("2026-03-29T23:30:00Z"), "Europe/London").expected).toBe(29);
    expect(goalPace(month, 6, at("2026-03-08T04:30:00Z"), "America/New_York").expected).toBe(6);
    expect(goalPace(month, 6, at("2026-03-09T03:30:00Z"), "America/New_York").expected).toBe(7);
  });

  it("rejects goals and progress that make no sense", () => {
    const now = at("2026-03-05T12:00:00Z");
    expect(() => goalPace({ ...tenDays, target: 0 }, 0, now, "UTC")).toThrow(/target/);
    expect(() => goalPace({ ...tenDays, dueDate: "2026-02-01" }, 0, now, "UTC")).toThrow(/due/);
    expect(() => goalPace(tenDays, -1, now, "UTC")).toThrow(/Progress/);
  });
});
