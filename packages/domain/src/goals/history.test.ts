import { describe, expect, it } from "vitest";
import { type Activity, progressHistory } from ".";

const goal = { metric: "people_met" as const, target: 4, startDate: "2026-03-01", dueDate: "2026-03-28" };
const met = (iso: string): Activity => ({ kind: "person_met", at: new Date(iso) });

describe("progressHistory", () => {
  it("is empty before the goal starts", () => {
    expect(progressHistory(goal, [], "2026-02-27", "UTC")).toEqual([]);
  });

  it("gives cumulative progress at the end of each week against the straight line", () => {
    const activities = [
      met("2026-03-02T10:00:00Z"),
      met("2026-03-09T10:00:00Z"),
      met("2026-03-10T10:00:00Z"),
    ];
    expect(progressHistory(goal, activities, "2026-03-17", "UTC")).toEqual([
      { date: "2026-03-07", progress: 1, expected: 1 },
      { date: "2026-03-14", progress: 3, expected: 2 },
      { date: "2026-03-17", progress: 3, expected: 2.43 },
    ]);
  });

  it("stops at the due date once it has passed", () => {
    const points = progressHistory(goal, [], "2026-05-01", "UTC");
    expect(points.map((p) => p.date)).toEqual(["2026-03-07", "2026-03-14", "2026-03-21", "2026-03-28"]);
    expect(points.at(-1)?.expected).toBe(4);
  });

  it("places late-evening activity on the person's own day", () => {
    // 7 Mar 23:30 in New York is 8 Mar in UTC: it belongs to the first week there.
    const points = progressHistory(goal, [met("2026-03-08T04:30:00Z")], "2026-03-08", "America/New_York");
    expect(points[0]).toMatchObject({ date: "2026-03-07", progress: 1 });
  });
});
