import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { dashboardCsv, dashboardCsvFilename } from "./csv";
import { nudgeSuggestion } from "./nudge";
import {
  fillWeeklyTrend,
  fillWeeks,
  type MemberNumbers,
  nudgeBlockedUntil,
  nudgeReason,
  onTimeRate,
  resolveRange,
  summariseSharedGoals,
  teamBarrierProfile,
  teamTotals,
  weekStartsBetween,
} from "./rules";

const zero: MemberNumbers = {
  peopleMet30: 0,
  peopleMet90: 0,
  conversations30: 0,
  conversations90: 0,
  peopleMetInRange: 0,
  conversationsInRange: 0,
  followUpsDone: 0,
  followUpsOnTime: 0,
  overdueFollowUps: 0,
  eventsAttended: 0,
};

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return `${error.field}: ${error.message}`;
    throw error;
  }
  return undefined;
}

describe("resolveRange", () => {
  it("defaults to the twelve weeks up to today, with 30/90-day windows ending today", () => {
    expect(resolveRange({}, "2026-11-27")).toEqual({
      from: "2026-09-05",
      to: "2026-11-27",
      days: 84,
      last30From: "2026-10-29",
      last90From: "2026-08-30",
    });
  });

  it("keeps a chosen period and moves the windows to its end", () => {
    const range = resolveRange({ from: "2026-01-01", to: "2026-03-31" }, "2026-11-27");
    expect(range.days).toBe(90);
    expect(range.last30From).toBe("2026-03-02");
  });

  it("a one-day period is allowed", () => {
    expect(resolveRange({ from: "2026-11-27", to: "2026-11-27" }, "2026-11-27").days).toBe(1);
  });

  it("names the field of each problem", () => {
    expect(fieldOf(() => resolveRange({ to: "2026-11-28" }, "2026-11-27"))).toMatch(
      /^to: .*today or earlier/,
    );
    expect(fieldOf(() => resolveRange({ from: "2026-13-01" }, "2026-11-27"))).toMatch(/^from: .*not a date/);
    expect(fieldOf(() => resolveRange({ to: "yesterday" }, "2026-11-27"))).toMatch(/^to: /);
    expect(fieldOf(() => resolveRange({ from: "2026-11-20", to: "2026-11-10" }, "2026-11-27"))).toMatch(
      /^from: .*on or before/,
    );
    expect(fieldOf(() => resolveRange({ from: "2025-01-01", to: "2026-11-27" }, "2026-11-27"))).toMatch(
      /^from: .*at most 366 days; this one is 696/,
    );
  });
});

describe("onTimeRate", () => {
  it("is a whole percent of those done, and nothing when none were done", () => {
    expect(onTimeRate(3, 2)).toBe(67);
    expect(onTimeRate(4, 4)).toBe(100);
    expect(onTimeRate(0, 0)).toBeNull();
    expect(onTimeRate(2, 5)).toBe(100);
  });
});

describe("weekly trend", () => {
  it("has one Monday per week the range touches, including partial weeks at both ends", () => {
    // 2026-11-04 is a Wednesday, 2026-11-23 a Monday.
    expect(weekStartsBetween("2026-11-04", "2026-11-23")).toEqual([
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
    ]);
    expect(weekStartsBetween("2026-12-28", "2027-01-04")).toEqual(["2026-12-28", "2027-01-04"]);
  });

  it("fills empty weeks with zeros and ignores rows outside the range", () => {
    const trend = fillWeeklyTrend({ from: "2026-11-02", to: "2026-11-22" }, [
      { weekStart: "2026-11-09", conversations: 4, peopleMet: 1 },
      { weekStart: "2025-01-06", conversations: 99 },
    ]);
    expect(trend).toEqual([
      { weekStart: "2026-11-02", peopleMet: 0, conversations: 0, followUpsDone: 0, eventsAttended: 0 },
      { weekStart: "2026-11-09", peopleMet: 1, conversations: 4, followUpsDone: 0, eventsAttended: 0 },
      { weekStart: "2026-11-16", peopleMet: 0, conversations: 0, followUpsDone: 0, eventsAttended: 0 },
    ]);
  });
});

describe("nudgeReason", () => {
  const base = { today: "2026-11-27", joinedOn: "2026-01-01", sharedGoalsBehind: 0 };

  it("flags someone quiet for 21 days, not 20", () => {
    expect(nudgeReason({ ...base, lastActivityOn: "2026-11-06" })).toBe("quiet");
    expect(nudgeReason({ ...base, lastActivityOn: "2026-11-07" })).toBeNull();
  });

  it("flags someone behind on a shared goal, and both together", () => {
    expect(nudgeReason({ ...base, lastActivityOn: "2026-11-26", sharedGoalsBehind: 1 })).toBe("behind");
    expect(nudgeReason({ ...base, lastActivityOn: null, sharedGoalsBehind: 2 })).toBe("both");
  });

  it("does not call a newcomer with nothing logged yet quiet", () => {
    expect(nudgeReason({ ...base, joinedOn: "2026-11-20", lastActivityOn: null })).toBeNull();
    expect(nudgeReason({ ...base, joinedOn: "2026-10-01", lastActivityOn: null })).toBe("quiet");
  });
});

describe("nudgeBlockedUntil", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  it("allows one nudge per person per week", () => {
    expect(nudgeBlockedUntil(null, now)).toBeNull();
    expect(nudgeBlockedUntil(new Date("2026-11-25T12:00:00Z"), now)?.toISOString()).toBe(
      "2026-12-02T12:00:00.000Z",
    );
    expect(nudgeBlockedUntil(new Date("2026-11-20T11:59:00Z"), now)).toBeNull();
  });
});

describe("teamBarrierProfile", () => {
  const person = (confidence: number, time: number) => ({ confidence, time, values: 10 });

  it("is withheld below three respondents", () => {
    expect(teamBarrierProfile([person(90, 10), person(80, 20)])).toEqual({
      shown: false,
      respondents: 2,
      needed: 3,
    });
    expect(teamBarrierProfile([])).toMatchObject({ shown: false, respondents: 0 });
  });

  it("averages each barrier over three or more and ranks strongest first", () => {
    const profile = teamBarrierProfile([person(90, 10), person(80, 20), person(70, 90)]);
    if (!profile.shown) throw new Error("expected a profile");
    expect(profile.respondents).toBe(3);
    expect(profile.scores.confidence).toBe(80);
    expect(profile.scores.time).toBe(40);
    expect(profile.scores.rejection).toBe(0);
    expect(profile.ranked.slice(0, 3)).toEqual(["confidence", "time", "values"]);
  });
});

describe("team totals", () => {
  it("sums members and takes the on-time rate of the sums", () => {
    const totals = teamTotals([
      { ...zero, followUpsDone: 1, followUpsOnTime: 1, peopleMet30: 2, activeLast30: true },
      { ...zero, followUpsDone: 3, followUpsOnTime: 0, overdueFollowUps: 4, activeLast30: false },
    ]);
    expect(totals).toMatchObject({ members: 2, peopleMet30: 2, followUpsDone: 4, overdueFollowUps: 4 });
    // (1 + 0) / (1 + 3), not the average of 100% and 0%.
    expect(totals.onTimeRate).toBe(25);
    expect(totals.activeLast30).toBe(1);
  });

  it("an empty team totals to zeros", () => {
    expect(teamTotals([])).toMatchObject({ members: 0, onTimeRate: null, activeLast30: 0 });
  });

  it("counts shared goals by how they are going", () => {
    expect(summariseSharedGoals(["behind", "overdue", "done", "on_track", "not_started"])).toEqual({
      total: 5,
      behind: 2,
      done: 1,
      fine: 2,
    });
  });
});

describe("dashboard CSV", () => {
  it("has the period, a header and one row per member, defused against formulas", () => {
    const csv = dashboardCsv({ from: "2026-09-05", to: "2026-11-27" }, [
      {
        ...zero,
        name: "=cmd()",
        sharedGoals: 2,
        sharedGoalsBehind: 1,
        followUpsDone: 3,
        followUpsOnTime: 2,
        lastActivityOn: "2026-11-20",
      },
      { ...zero, name: "Sam, Jr", sharedGoals: 0, sharedGoalsBehind: 0, lastActivityOn: null },
    ]);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Period 2026-09-05 to 2026-11-27");
    expect(lines[1]?.split(",")[0]).toBe("Member");
    expect(lines[2]).toBe("'=cmd(),2,1,0,0,0,0,0,0,3,67,0,0,2026-11-20");
    expect(lines[3]).toBe('"Sam, Jr",0,0,0,0,0,0,0,0,0,,0,0,never');
  });

  it("names the file after the team and the period", () => {
    expect(dashboardCsvFilename("Partnerships & Sales", { from: "2026-09-05", to: "2026-11-27" })).toBe(
      "partnerships-and-sales-2026-09-05-to-2026-11-27.csv",
    );
  });
});

describe("nudgeSuggestion", () => {
  it("suggests a step that moves the goal that is behind, or a gentle restart when quiet", () => {
    expect(nudgeSuggestion("behind", "events_attended")).toMatch(/event/);
    expect(nudgeSuggestion("both", "follow_ups_done")).toMatch(/Reply/);
    expect(nudgeSuggestion("quiet", "events_attended")).toMatch(/catch up/);
    expect(nudgeSuggestion("behind")).toMatch(/catch up/);
  });
});

describe("fillWeeks", () => {
  it("fills any weekly series with its own empty value", () => {
    expect(
      fillWeeks({ from: "2026-11-16", to: "2026-11-29" }, [{ weekStart: "2026-11-23", active: 4 }], {
        active: 0,
      }),
    ).toEqual([
      { weekStart: "2026-11-16", active: 0 },
      { weekStart: "2026-11-23", active: 4 },
    ]);
  });
});
