import { describe, expect, it } from "vitest";
import { composeDigest } from "./compose";
import { composeManagerDigest, nudgeReason } from "./compose-manager";
import { sampleDigestInput, sampleManagerDigestInput } from "./sample";
import { digestDueAt, dueDigestWeek } from "./schedule";
import type { DigestInput } from "./types";

const now = new Date("2026-11-25T09:00:00Z"); // Wednesday of 2026-W48
const person = { name: "Sam Okafor", email: "sam@example.test", timeZone: "Europe/London" };
const empty: DigestInput = { person, weekKey: "2026-W48", now };

describe("composeDigest", () => {
  it("lists overdue and this week's follow-ups, top five, then 'and N more'", () => {
    const followUps = Array.from({ length: 8 }, (_, i) => ({
      contactName: `Contact ${i}`,
      dueOn: `2026-11-${String(20 + i).padStart(2, "0")}`,
    }));
    const digest = composeDigest({ ...empty, followUps });
    // 20..24 overdue (before Wed 25), 25 today, 26..27 this week: 8 due, five shown.
    expect(digest.followUps?.overdue.map((f) => f.contactName)).toEqual([
      "Contact 0",
      "Contact 1",
      "Contact 2",
      "Contact 3",
      "Contact 4",
    ]);
    expect(digest.followUps?.thisWeek).toEqual([]);
    expect(digest.followUps?.more).toBe(3);
    expect(digest.followUps?.overdue[0]?.dueLabel).toBe("5 days overdue");
    expect(digest.subject).toBe("Your week in networking: 8 follow-ups to send");
  });

  it("leaves out follow-ups done or due after this week", () => {
    const digest = composeDigest({
      ...empty,
      followUps: [
        { contactName: "Done", dueOn: "2026-11-20", doneOn: "2026-11-21" },
        { contactName: "Next week", dueOn: "2026-12-02" },
        { contactName: "Friday", dueOn: "2026-11-27" },
      ],
    });
    expect(digest.followUps?.thisWeek.map((f) => [f.contactName, f.dueLabel])).toEqual([
      ["Friday", "due Fri 27 Nov"],
    ]);
    expect(digest.followUps?.more).toBe(0);
  });

  it("keeps events of the next 14 days, soonest first, with who is going", () => {
    const digest = composeDigest({
      ...empty,
      upcomingEvents: [
        { title: "Later", startsOn: "2026-12-20", going: [], readerGoing: false },
        { title: "Summit", startsOn: "2026-12-01", going: ["Tom"], readerGoing: false },
        {
          title: "Breakfast",
          startsOn: "2026-11-26",
          startsAt: "08:30",
          going: ["Maya", "Priya"],
          readerGoing: true,
        },
        { title: "Past", startsOn: "2026-11-24", going: [], readerGoing: true },
      ],
    });
    expect(digest.events.map((e) => [e.title, e.when, e.going])).toEqual([
      ["Breakfast", "Thu 26 Nov, 08:30", "You and Maya and Priya"],
      ["Summit", "Tue 1 Dec", "Tom is going"],
    ]);
  });

  it("shows goals with progress and pace, the ones behind first", () => {
    const digest = composeDigest({
      ...empty,
      goals: [
        {
          title: "Ahead",
          target: 10,
          progress: 9,
          startDate: "2026-11-01",
          dueDate: "2026-12-31",
          status: "active",
        },
        {
          title: "Behind",
          target: 10,
          progress: 0,
          startDate: "2026-10-01",
          dueDate: "2026-12-01",
          status: "active",
        },
        {
          title: "Archived",
          target: 1,
          progress: 0,
          startDate: "2026-10-01",
          dueDate: "2026-12-01",
          status: "archived",
        },
      ],
    });
    expect(digest.goals.map((g) => [g.title, g.pace, g.percent])).toEqual([
      ["Behind", "behind", 0],
      ["Ahead", "ahead", 90],
    ]);
  });

  it("rotates the tip for the top barrier without repeating last week's", () => {
    const first = composeDigest({ ...empty, topBarrier: { barrierId: "time", tipHistory: [] } });
    const next = composeDigest({
      ...empty,
      weekKey: "2026-W49",
      topBarrier: { barrierId: "time", tipHistory: [{ weekKey: "2026-W48", tipId: first.tip?.id ?? "" }] },
    });
    expect(first.tip?.barrierTitle).toBeTruthy();
    expect(next.tip?.id).not.toBe(first.tip?.id);
  });

  it("is not worth sending with only a tip and a suggested action", () => {
    const sample = sampleDigestInput(now, person, "2026-W48");
    const tipOnly = composeDigest({ ...empty, topBarrier: sample.topBarrier, profile: sample.profile });
    expect(tipOnly.tip).not.toBeNull();
    expect(tipOnly.action).not.toBeNull();
    expect(tipOnly.useful).toBe(false);
    expect(
      composeDigest({
        ...empty,
        lastWeek: { peopleMet: 0, conversations: 0, followUpsDone: 0, eventsAttended: 0 },
      }).useful,
    ).toBe(false);
    expect(
      composeDigest({
        ...empty,
        lastWeek: { peopleMet: 1, conversations: 0, followUpsDone: 0, eventsAttended: 0 },
      }).useful,
    ).toBe(true);
    expect(composeDigest(sample).useful).toBe(true);
  });
});

describe("composeManagerDigest", () => {
  it("reports team aggregates and who may need a nudge, by counts only", () => {
    const digest = composeManagerDigest(sampleManagerDigestInput(person, "2026-W48"));
    const [team] = digest.teams;
    expect(team).toMatchObject({
      name: "Partnerships",
      memberCount: 3,
      activeMembers: 2,
      activitiesLastWeek: 9,
      goalsOnTrack: "3 of 4",
    });
    expect(team?.nudges).toEqual([
      { name: "Priya Nair", reason: "1 shared goal behind" },
      { name: "Tom Becker", reason: "nothing logged for 23 days, 4 overdue follow-ups" },
    ]);
    expect(digest.useful).toBe(true);
    expect(digest.subject).toBe("Your team this week: 2 people may need a nudge");
  });

  it("is not sent for a team with no members", () => {
    expect(
      composeManagerDigest({
        manager: person,
        weekKey: "2026-W48",
        teams: [
          {
            name: "Empty",
            members: [],
            eventsNext14Days: 0,
            eventsCovered: 0,
            sharedGoals: 0,
            sharedGoalsOnTrack: 0,
          },
        ],
      }).useful,
    ).toBe(false);
  });

  it("names the same people as the dashboard, and leaves those who seem fine alone", () => {
    const member = { name: "x", activitiesLastWeek: 0, overdueFollowUps: 5, sharedGoalsBehind: 0 };
    // Many overdue follow-ups alone do not list someone the dashboard would not list.
    expect(nudgeReason({ ...member, nudge: null, daysSinceActivity: 3 })).toBeNull();
    expect(nudgeReason({ ...member, nudge: "quiet", daysSinceActivity: null })).toBe(
      "nothing logged yet, 5 overdue follow-ups",
    );
    expect(
      nudgeReason({
        ...member,
        overdueFollowUps: 0,
        sharedGoalsBehind: 2,
        nudge: "both",
        daysSinceActivity: 30,
      }),
    ).toBe("nothing logged for 30 days, 2 shared goals behind");
  });
});

describe("digest schedule", () => {
  it("is due at the person's local Monday 08:00, in their own ISO week", () => {
    const london = { day: 1, hour: 8, timeZone: "Europe/London" };
    expect(digestDueAt("2026-W48", london).toISOString()).toBe("2026-11-23T08:00:00.000Z");
    expect(dueDigestWeek(new Date("2026-11-23T07:59:00Z"), london)).toBeNull();
    expect(dueDigestWeek(new Date("2026-11-23T08:00:00Z"), london)?.weekKey).toBe("2026-W48");
    // Sunday evening in New York is already Monday morning in Auckland.
    const auckland = { day: 1, hour: 8, timeZone: "Pacific/Auckland" };
    expect(dueDigestWeek(new Date("2026-11-22T20:00:00Z"), auckland)?.weekKey).toBe("2026-W48");
    expect(digestDueAt("2026-W48", { day: 2, hour: 9, timeZone: "America/New_York" }).toISOString()).toBe(
      "2026-11-24T14:00:00.000Z",
    );
  });
});

describe("composeDigest: warm introductions", () => {
  it("says how many requests wait for the reader and how many of theirs were accepted", () => {
    const digest = composeDigest({ ...empty, introRequests: { waitingForMe: 1, acceptedForMe: 2 } });
    expect(digest.introRequests).toEqual([
      "1 intro request waiting for you",
      "2 intro requests of yours accepted: add the person once you meet",
    ]);
    // A request alone is worth the email, and the preview line says so first.
    expect(digest.useful).toBe(true);
    expect(digest.preview).toBe("1 intro request waiting for you.");
  });

  it("says nothing about introductions when there are none", () => {
    const digest = composeDigest({ ...empty, introRequests: { waitingForMe: 0, acceptedForMe: 0 } });
    expect(digest.introRequests).toEqual([]);
    expect(digest.useful).toBe(false);
  });
});
