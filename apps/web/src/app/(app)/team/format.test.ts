import { describe, expect, it } from "vitest";
import { ago, nudgedNote, nudgeReasonLines, period, periodLength, presets, unitAfter } from "./format";

describe("how the team dashboard reads", () => {
  it("says how long ago, in words", () => {
    expect(ago(null, "2026-11-27")).toBe("never");
    expect(ago("2026-11-27", "2026-11-27")).toBe("today");
    expect(ago("2026-11-26", "2026-11-27")).toBe("yesterday");
    expect(ago("2026-11-24", "2026-11-27")).toBe("3 days ago");
    expect(ago("2026-11-06", "2026-11-27")).toBe("3 weeks ago");
    expect(ago("2026-03-02", "2026-11-27")).toBe("on 2 Mar");
    expect(ago("2025-03-02", "2026-11-27")).toBe("on 2 Mar 2025");
  });

  it("names the period and its length", () => {
    expect(period({ from: "2026-09-05", to: "2026-11-27" })).toMatch(/^5 Sept? – 27 Nov 2026$/);
    expect(period({ from: "2025-12-01", to: "2026-01-31" })).toBe("1 Dec 2025 – 31 Jan 2026");
    expect(periodLength(84)).toBe("12 weeks");
    expect(periodLength(30)).toBe("30 days");
    expect(periodLength(365)).toBe("1 year");
  });

  it("offers quick periods that end today and fit the dashboard's limit", () => {
    const quick = presets("2026-08-31");
    expect(quick.map((p) => p.from)).toEqual(["2026-08-02", "2026-06-09", "2026-03-01", "2025-09-01"]);
    expect(quick.every((p) => p.to === "2026-08-31")).toBe(true);
  });

  it("explains a nudge kindly, one line per reason", () => {
    const today = "2026-11-27";
    expect(
      nudgeReasonLines({ reason: "quiet", lastActivityOn: "2026-11-03", sharedGoalsBehind: 0 }, today),
    ).toEqual(["Nothing logged for 24 days"]);
    expect(nudgeReasonLines({ reason: "both", lastActivityOn: null, sharedGoalsBehind: 2 }, today)).toEqual([
      "Nothing logged since joining the team",
      "Behind on 2 shared goals",
    ]);
    expect(
      nudgeReasonLines({ reason: "behind", lastActivityOn: today, sharedGoalsBehind: 1 }, today),
    ).toEqual(["Behind on 1 shared goal"]);
  });

  it("says when the next nudge is allowed", () => {
    const sent = new Date("2026-11-25T10:00:00Z");
    expect(
      nudgedNote({ lastNudgedAt: sent, blockedUntil: new Date("2026-12-02T10:00:00Z") }, "2026-11-27", "UTC"),
    ).toBe("Nudged 2 days ago — again from 2 Dec");
    expect(nudgedNote({ lastNudgedAt: sent, blockedUntil: null }, "2026-12-10", "UTC")).toBe(
      "Last nudged 2 weeks ago",
    );
    expect(nudgedNote({ lastNudgedAt: null, blockedUntil: null }, "2026-11-27", "UTC")).toBeNull();
  });

  it("counts goal units in the singular and plural", () => {
    expect(unitAfter("events_attended", 1)).toBe(" event");
    expect(unitAfter("people_met", 3)).toBe(" people");
    expect(unitAfter("manual", 2)).toBe("");
  });
});
