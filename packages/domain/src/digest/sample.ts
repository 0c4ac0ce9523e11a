import { profileFromScores } from "../barriers";
import { addDays, localDate } from "../time";
import type { DigestInput, ManagerDigestInput } from "./types";

/**
 * A realistic week for one person, relative to `now`: the preview's sample, the email previews, the
 * pipeline tests' "due with content" person and the benchmark all use it.
 */
export function sampleDigestInput(
  now: Date,
  person: DigestInput["person"],
  weekKey: string,
  variant = 0,
): DigestInput {
  const today = localDate(now, person.timeZone);
  const names = [
    "Ana Lima",
    "Ben Carter",
    "Chloé Martin",
    "Dev Patel",
    "Erin Walsh",
    "Femi Adeyemi",
    "Grace Liu",
  ];
  const pick = (i: number) => names[(i + variant) % names.length] ?? "A contact";
  return {
    person,
    weekKey,
    now,
    followUps: [
      { contactName: pick(0), dueOn: addDays(today, -3), reason: "Send the partnership deck you promised" },
      { contactName: pick(1), dueOn: addDays(today, -1) },
      { contactName: pick(2), dueOn: today, reason: "Thank her for the intro to the ops team" },
      { contactName: pick(3), dueOn: addDays(today, 2) },
      { contactName: pick(4), dueOn: addDays(today, 3), reason: "Share the meetup recording" },
      { contactName: pick(5), dueOn: addDays(today, 4) },
      { contactName: pick(6), dueOn: addDays(today, 20) },
    ].slice(0, 3 + (variant % 5)),
    upcomingEvents: [
      {
        title: "Partnerships breakfast meetup",
        startsOn: addDays(today, 2),
        startsAt: "08:30",
        location: "The Green Room, Shoreditch",
        going: ["Maya Chen", "Priya Nair"],
        readerGoing: true,
      },
      {
        title: "SaaS Growth Summit",
        startsOn: addDays(today, 9),
        startsAt: "09:00",
        location: "ExCeL London",
        going: ["Tom Becker"],
        readerGoing: false,
      },
    ],
    goals: [
      {
        title: "Meet 10 people outside my team",
        target: 10,
        progress: 4,
        startDate: addDays(today, -30),
        dueDate: addDays(today, 30),
        status: "active",
      },
      {
        title: "Attend two industry events this quarter",
        target: 2,
        progress: 0,
        startDate: addDays(today, -60),
        dueDate: addDays(today, 10),
        status: "active",
      },
    ],
    lastWeek: {
      peopleMet: 2 + (variant % 3),
      conversations: 3,
      followUpsDone: 1,
      eventsAttended: variant % 2,
    },
    topBarrier: { barrierId: "time", tipHistory: [] },
    profile: profileFromScores({
      confidence: 40,
      rejection: 35,
      time: 80,
      skills: 30,
      opportunities: 55,
      short_term: 20,
      unclear_goals: 45,
      values: 10,
    }),
  };
}

export function sampleManagerDigestInput(
  manager: ManagerDigestInput["manager"],
  weekKey: string,
): ManagerDigestInput {
  return {
    manager,
    weekKey,
    teams: [
      {
        name: "Partnerships",
        members: [
          {
            name: "Sam Okafor",
            activitiesLastWeek: 6,
            overdueFollowUps: 1,
            sharedGoalsBehind: 0,
            nudge: null,
            daysSinceActivity: 1,
          },
          {
            name: "Priya Nair",
            activitiesLastWeek: 3,
            overdueFollowUps: 0,
            sharedGoalsBehind: 1,
            nudge: "behind",
            daysSinceActivity: 2,
          },
          {
            name: "Tom Becker",
            activitiesLastWeek: 0,
            overdueFollowUps: 4,
            sharedGoalsBehind: 0,
            nudge: "quiet",
            daysSinceActivity: 23,
          },
        ],
        eventsNext14Days: 3,
        eventsCovered: 2,
        sharedGoals: 4,
        sharedGoalsOnTrack: 3,
      },
    ],
  };
}
