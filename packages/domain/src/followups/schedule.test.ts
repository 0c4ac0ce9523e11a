import { describe, expect, it } from "vitest";
import { FIRST_FOLLOW_UP_DELAY_DAYS, FollowUpRuleError, firstFollowUpDate, nextFollowUp } from ".";

describe("firstFollowUpDate", () => {
  it("proposes a follow-up two days after meeting", () => {
    expect(FIRST_FOLLOW_UP_DELAY_DAYS).toBe(2);
    expect(firstFollowUpDate("2026-03-10")).toBe("2026-03-12");
  });
  it("crosses month and year ends", () => {
    expect(firstFollowUpDate("2026-01-30")).toBe("2026-02-01");
    expect(firstFollowUpDate("2025-12-31")).toBe("2026-01-02");
  });
  it("counts the leap day", () => {
    expect(firstFollowUpDate("2024-02-28")).toBe("2024-03-01");
    expect(firstFollowUpDate("2024-02-29")).toBe("2024-03-02");
    expect(firstFollowUpDate("2025-02-28")).toBe("2025-03-02");
  });
  it("rejects a date that does not exist", () => {
    expect(() => firstFollowUpDate("2025-02-29")).toThrow(FollowUpRuleError);
    expect(() => firstFollowUpDate("10/03/2026")).toThrow(/metOn must be a real date/);
  });
});

describe("nextFollowUp: snooze by days", () => {
  it("counts from today when the follow-up is overdue", () => {
    expect(nextFollowUp("2026-03-01", { kind: "snooze", days: 3 }, "2026-03-10")).toBe("2026-03-13");
  });
  it("counts from today when it is due today", () => {
    expect(nextFollowUp("2026-03-10", { kind: "snooze", days: 1 }, "2026-03-10")).toBe("2026-03-11");
  });
  it("counts from the due date when that is still ahead", () => {
    expect(nextFollowUp("2026-03-20", { kind: "snooze", days: 7 }, "2026-03-10")).toBe("2026-03-27");
  });
  it("crosses a leap day and a month end", () => {
    expect(nextFollowUp("2024-02-27", { kind: "snooze", days: 3 }, "2024-02-27")).toBe("2024-03-01");
    expect(nextFollowUp("2026-01-31", { kind: "snooze", days: 1 }, "2026-01-31")).toBe("2026-02-01");
  });
  it("rejects zero, negative and fractional snoozes", () => {
    for (const days of [0, -2, 1.5]) {
      expect(() => nextFollowUp("2026-03-10", { kind: "snooze", days }, "2026-03-10")).toThrow(/at least 1/);
    }
  });
});

describe("nextFollowUp: snooze to a date", () => {
  it("moves the follow-up to the chosen date", () => {
    expect(nextFollowUp("2026-03-10", { kind: "snooze", until: "2026-04-01" }, "2026-03-10")).toBe(
      "2026-04-01",
    );
  });
  it("allows today, which brings an overdue follow-up back to today", () => {
    expect(nextFollowUp("2026-03-01", { kind: "snooze", until: "2026-03-10" }, "2026-03-10")).toBe(
      "2026-03-10",
    );
  });
  it("rejects a date in the past with a clear error", () => {
    const snooze = () => nextFollowUp("2026-03-10", { kind: "snooze", until: "2026-03-09" }, "2026-03-10");
    expect(snooze).toThrow(FollowUpRuleError);
    expect(snooze).toThrow(expect.objectContaining({ kind: "invalid" }));
    expect(snooze).toThrow("Cannot snooze to 2026-03-09: that is before today (2026-03-10).");
  });
  it("rejects an impossible date", () => {
    expect(() => nextFollowUp("2026-03-10", { kind: "snooze", until: "2026-02-30" }, "2026-03-10")).toThrow(
      /snooze date must be a real date/,
    );
  });
});

describe("nextFollowUp: done", () => {
  it("schedules nothing further without a cadence", () => {
    expect(nextFollowUp("2026-03-10", { kind: "done" }, "2026-03-10")).toBeNull();
    expect(nextFollowUp("2026-03-10", { kind: "done", cadence: null }, "2026-03-12")).toBeNull();
  });
  it("schedules the next touch one ideal period after today, however late it was done", () => {
    const cadence = { idealDays: 30, maxDays: 45 };
    expect(nextFollowUp("2026-03-01", { kind: "done", cadence }, "2026-03-10")).toBe("2026-04-09");
    expect(nextFollowUp("2024-01-30", { kind: "done", cadence }, "2024-01-30")).toBe("2024-02-29");
  });
  it("rejects a malformed due date or today", () => {
    expect(() => nextFollowUp("2026-3-1", { kind: "done" }, "2026-03-10")).toThrow(/dueOn/);
    expect(() => nextFollowUp("2026-03-01", { kind: "done" }, "")).toThrow(/today/);
  });
});
