import { describe, expect, it } from "vitest";
import { composeDigest } from "./compose";
import { composeManagerDigest, nudgeReason } from "./compose-manager";
import type { DigestInput, TeamMemberActivity } from "./types";

// Sunday 6 Dec 2026, 10:00 in London: the last day of a Monday-start week.
const sunday = new Date("2026-12-06T10:00:00Z");
const person = { name: "Sam Okafor", email: "sam@example.test", timeZone: "Europe/London" };
const base: DigestInput = { person, weekKey: "2026-W49", now: sunday };
const noIso = /\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}/;

describe("digest wording", () => {
  it("says 1 follow-up, never '1 follow-ups', in the subject", () => {
    const digest = composeDigest({ ...base, followUps: [{ contactName: "Ana", dueOn: "2026-12-06" }] });
    expect(digest.subject).toBe("Your week in networking: 1 follow-up to send");
  });

  it("on a Sunday, lists tomorrow's follow-up as 'due tomorrow' instead of leaving the week empty", () => {
    const digest = composeDigest({
      ...base,
      followUps: [
        { contactName: "Ana", dueOn: "2026-12-07" },
        { contactName: "Ben", dueOn: "2026-12-10" },
      ],
    });
    expect(digest.followUps?.thisWeek.map((f) => [f.contactName, f.dueLabel])).toEqual([
      ["Ana", "due tomorrow"],
      ["Ben", "due Thu 10 Dec"],
    ]);
  });

  it("says 1 day overdue and 2 days overdue", () => {
    const digest = composeDigest({
      ...base,
      followUps: [
        { contactName: "Ana", dueOn: "2026-12-05" },
        { contactName: "Ben", dueOn: "2026-12-04" },
      ],
    });
    expect(digest.followUps?.overdue.map((f) => f.dueLabel)).toEqual(["2 days overdue", "1 day overdue"]);
  });

  it("writes dates in the person's locale, and never as ISO anywhere in the digest", () => {
    const digest = composeDigest({
      ...base,
      person: { ...person, locale: "en-US" },
      followUps: [{ contactName: "Ana", dueOn: "2026-12-10" }],
      upcomingEvents: [{ title: "Breakfast", startsOn: "2026-12-11", going: [], readerGoing: false }],
    });
    // en-US weeks start on Sunday: the whole week is ahead.
    expect(digest.followUps?.thisWeek[0]?.dueLabel).toBe("due Thu, Dec 10");
    expect(digest.events[0]?.when).toBe("Fri, Dec 11");
    const { followUps, events, subject, preview } = digest;
    const visible = JSON.stringify({
      subject,
      preview,
      labels: followUps?.thisWeek.map((f) => f.dueLabel),
      when: events.map((e) => e.when),
    });
    expect(visible).not.toMatch(noIso);
  });

  it("says 1 team event and 1 goal in subject and preview", () => {
    const digest = composeDigest({
      ...base,
      upcomingEvents: [{ title: "Breakfast", startsOn: "2026-12-08", going: [], readerGoing: false }],
      goals: [
        {
          title: "Meet people",
          target: 10,
          progress: 0,
          startDate: "2026-10-01",
          dueDate: "2026-12-10",
          status: "active",
        },
      ],
    });
    expect(digest.subject).toBe("Your week in networking: 1 team event coming up");
    expect(digest.preview).toMatch(/1 goal to catch up on/);
  });

  it("leaves out the sections the person switched off", () => {
    const digest = composeDigest({
      ...base,
      hiddenSections: ["followUps", "lastWeek"],
      followUps: [{ contactName: "Ana", dueOn: "2026-12-06" }],
      upcomingEvents: [{ title: "Breakfast", startsOn: "2026-12-08", going: [], readerGoing: false }],
      lastWeek: { peopleMet: 1, conversations: 0, followUpsDone: 0, eventsAttended: 0 },
    });
    expect(digest.followUps).toBeNull();
    expect(digest.lastWeek).toBeNull();
    expect(digest.events).toHaveLength(1);
  });
});

describe("manager digest wording", () => {
  const member = (over: Partial<TeamMemberActivity>): TeamMemberActivity => ({
    name: "Priya",
    activitiesLastWeek: 0,
    overdueFollowUps: 0,
    sharedGoalsBehind: 0,
    nudge: null,
    daysSinceActivity: 1,
    ...over,
  });
  it("says 1 person may need a nudge, 1 day, 1 shared goal", () => {
    const digest = composeManagerDigest({
      manager: { ...person },
      weekKey: "2026-W49",
      teams: [
        {
          name: "Partnerships",
          members: [member({ nudge: "both", daysSinceActivity: 1, sharedGoalsBehind: 1 })],
          eventsNext14Days: 0,
          eventsCovered: 0,
          sharedGoals: 1,
          sharedGoalsOnTrack: 0,
        },
      ],
    });
    expect(digest.subject).toBe("Your team this week: 1 person may need a nudge");
    expect(digest.teams[0]?.nudges[0]?.reason).toBe("nothing logged for 1 day, 1 shared goal behind");
  });
  it("counts 3 overdue follow-ups in words", () => {
    expect(nudgeReason(member({ nudge: "quiet", daysSinceActivity: 30, overdueFollowUps: 3 }))).toBe(
      "nothing logged for 30 days, 3 overdue follow-ups",
    );
  });
});
