import { describe, expect, it } from "vitest";
import { type Activity, countProgress, type Goal } from ".";

const march: Goal = {
  metric: "people_met",
  target: 5,
  startDate: "2026-03-01",
  dueDate: "2026-03-31",
  status: "active",
};
const met = (iso: string): Activity => ({ kind: "person_met", at: new Date(iso) });

describe("countProgress", () => {
  // Instants picked to sit either side of local midnight at the goal's edges.
  const activities: Activity[] = [
    met("2026-02-28T23:30:00Z"), // London 28 Feb, New York 28 Feb
    met("2026-03-01T04:30:00Z"), // London 1 Mar, New York 28 Feb 23:30
    met("2026-03-01T05:30:00Z"), // both 1 Mar
    met("2026-03-08T07:30:00Z"), // New York's DST morning
    met("2026-03-31T23:30:00Z"), // London 1 Apr 00:30 BST, New York 31 Mar
    met("2026-04-01T03:30:00Z"), // London 1 Apr, New York 31 Mar 23:30
    met("2026-04-01T04:30:00Z"), // both 1 Apr
    { kind: "event_attended", at: new Date("2026-03-10T12:00:00Z") },
    { kind: "conversation", at: new Date("2026-03-10T12:00:00Z") },
  ];

  it("counts only the goal's metric, within start and due inclusive, in the person's zone", () => {
    expect(countProgress(march, activities, "America/New_York")).toBe(4);
    expect(countProgress(march, activities, "Europe/London")).toBe(3);
  });

  it("maps each metric to its own kind of activity", () => {
    expect(countProgress({ ...march, metric: "events_attended" }, activities, "UTC")).toBe(1);
    expect(countProgress({ ...march, metric: "conversations" }, activities, "UTC")).toBe(1);
    expect(countProgress({ ...march, metric: "follow_ups_done" }, activities, "UTC")).toBe(0);
  });

  it("sums check-in amounts for the manual metric, defaulting to 1 and skipping junk", () => {
    const checkIns: Activity[] = [
      { kind: "check_in", at: new Date("2026-03-02T10:00:00Z"), amount: 2 },
      { kind: "check_in", at: new Date("2026-03-03T10:00:00Z") },
      { kind: "check_in", at: new Date("2026-03-04T10:00:00Z"), amount: 0.5 },
      { kind: "check_in", at: new Date("2026-03-05T10:00:00Z"), amount: Number.NaN },
      { kind: "check_in", at: new Date("2026-04-05T10:00:00Z"), amount: 7 },
      met("2026-03-06T10:00:00Z"),
    ];
    expect(countProgress({ ...march, metric: "manual" }, checkIns, "UTC")).toBe(3.5);
  });

  it("never reports negative progress", () => {
    const correction: Activity[] = [{ kind: "check_in", at: new Date("2026-03-02T10:00:00Z"), amount: -4 }];
    expect(countProgress({ ...march, metric: "manual" }, correction, "UTC")).toBe(0);
  });

  it("counts a one-day goal over that local day only", () => {
    const oneDay = { ...march, startDate: "2026-03-08", dueDate: "2026-03-08" };
    const day: Activity[] = [
      met("2026-03-08T04:59:00Z"), // New York 7 Mar 23:59
      met("2026-03-08T05:00:00Z"), // New York 8 Mar 00:00
      met("2026-03-09T03:59:00Z"), // New York 8 Mar 23:59 EDT
      met("2026-03-09T04:00:00Z"), // New York 9 Mar 00:00 EDT
    ];
    expect(countProgress(oneDay, day, "America/New_York")).toBe(2);
  });
});
