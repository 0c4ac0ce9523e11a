import { describe, expect, it } from "vitest";
import { dueInWeekAhead, groupDue, losingTouch } from ".";

// 2026-03-11 is a Wednesday; that ISO week runs Monday 9th to Sunday 15th.
const wednesday = "2026-03-11";

describe("groupDue", () => {
  const followUps = [
    { id: "later", dueOn: "2026-03-16" },
    { id: "sunday", dueOn: "2026-03-15" },
    { id: "old", dueOn: "2026-02-27" },
    { id: "today", dueOn: "2026-03-11" },
    { id: "yesterday", dueOn: "2026-03-10" },
    { id: "thursday", dueOn: "2026-03-12" },
    { id: "done", dueOn: "2026-03-12", doneOn: "2026-03-11" },
    { id: "much-later", dueOn: "2026-06-01", doneOn: null },
  ];
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

  it("splits open follow-ups into overdue, today, rest of the week, next week and later, each by date", () => {
    const groups = groupDue(followUps, wednesday);
    expect(ids(groups.overdue)).toEqual(["old", "yesterday"]);
    expect(ids(groups.today)).toEqual(["today"]);
    expect(ids(groups.thisWeek)).toEqual(["thursday", "sunday"]);
    expect(ids(groups.nextWeek)).toEqual(["later"]);
    expect(ids(groups.later)).toEqual(["much-later"]);
  });
  it("on a Sunday (Monday-start week), tomorrow is next week, not later, and the week plan includes it", () => {
    const groups = groupDue(followUps, "2026-03-15");
    expect(ids(groups.today)).toEqual(["sunday"]);
    expect(groups.thisWeek).toEqual([]);
    expect(ids(groups.nextWeek)).toEqual(["later"]);
    expect(ids(groups.later)).toEqual(["much-later"]);
    expect(ids(dueInWeekAhead(groups, "2026-03-15"))).toContain("later");
  });
  it("midweek, the week plan stops at the end of the week", () => {
    const groups = groupDue(followUps, wednesday);
    expect(ids(dueInWeekAhead(groups, wednesday))).toEqual([
      "old",
      "yesterday",
      "today",
      "thursday",
      "sunday",
    ]);
  });
  it("follows a Sunday-start week: on a Sunday the whole week is ahead", () => {
    // For a Sunday-start person, Sunday 15th starts the week that ends Saturday 21st.
    const groups = groupDue(followUps, "2026-03-15", 7);
    expect(ids(groups.thisWeek)).toEqual(["later"]);
    expect(ids(groups.later)).toEqual(["much-later"]);
    // Their Saturday is the week's last day: the plan then reaches into the next week.
    const saturday = groupDue([{ id: "sun", dueOn: "2026-03-22" }], "2026-03-21", 7);
    expect(ids(saturday.nextWeek)).toEqual(["sun"]);
    expect(ids(dueInWeekAhead(saturday, "2026-03-21", 7))).toEqual(["sun"]);
  });
  it("covers the whole rest of the week on a Monday", () => {
    const groups = groupDue(followUps, "2026-03-09");
    expect(ids(groups.overdue)).toEqual(["old"]);
    expect(ids(groups.thisWeek)).toEqual(["yesterday", "today", "thursday", "sunday"]);
  });
  it("handles a week that spans a month end and a leap day", () => {
    // Thursday 2024-02-29; its week ends Sunday 2024-03-03.
    const groups = groupDue(
      [
        { id: "fri", dueOn: "2024-03-01" },
        { id: "sun", dueOn: "2024-03-03" },
        { id: "mon", dueOn: "2024-03-04" },
      ],
      "2024-02-29",
    );
    expect(ids(groups.thisWeek)).toEqual(["fri", "sun"]);
    expect(ids(groups.nextWeek)).toEqual(["mon"]);
  });
  it("keeps input order for follow-ups due the same day", () => {
    const groups = groupDue(
      [
        { id: "b", dueOn: "2026-03-12" },
        { id: "a", dueOn: "2026-03-12" },
      ],
      wednesday,
    );
    expect(ids(groups.thisWeek)).toEqual(["b", "a"]);
  });
  it("rejects a malformed due date", () => {
    expect(() => groupDue([{ dueOn: "12 March" }], wednesday)).toThrow(/dueOn/);
  });
});

describe("losingTouch", () => {
  const contacts = [
    { id: "fresh", cadence: { idealDays: 30, maxDays: 60 }, lastInteractionOn: "2026-03-01" },
    { id: "amber-10", cadence: { idealDays: 30, maxDays: 60 }, lastInteractionOn: "2026-01-30" },
    { id: "red-5", cadence: { idealDays: 7, maxDays: 10 }, lastInteractionOn: "2026-02-27" },
    { id: "none", cadence: null, lastInteractionOn: "2020-01-01" },
    { id: "red-40", cadence: { idealDays: 14, maxDays: 30 }, lastInteractionOn: "2026-01-16" },
    { id: "amber-5", cadence: { idealDays: 30, maxDays: 60 }, lastInteractionOn: "2026-02-04" },
  ];

  it("lists amber and red contacts, the furthest past due first", () => {
    const list = losingTouch(contacts, wednesday);
    expect(list.map((e) => e.contact.id)).toEqual(["red-40", "amber-10", "red-5", "amber-5"]);
    expect(list.map((e) => e.status.daysOverIdeal)).toEqual([40, 10, 5, 5]);
    expect(list.map((e) => e.status.status)).toEqual(["red", "amber", "red", "amber"]);
  });
  it("is empty when everyone is within their cadence", () => {
    expect(losingTouch(contacts, "2026-01-17").map((e) => e.contact.id)).toEqual([]);
  });
});
