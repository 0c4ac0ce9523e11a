// Demo goals, plans, check-ins, team goals, assessments and profile helpers: every pace state
// (ahead, on track, behind, done, archived) so each screen has something real to show.
import { ASSESSMENT_STATEMENTS, scoreAssessment } from "@rapport/domain/barriers";
import { addDays, localDate } from "@rapport/domain/time";
import {
  assessments,
  firstRuns,
  goalCheckIns,
  goalSteps,
  goals,
  networkingTimeBlocks,
  pitches,
  teamGoals,
} from "../schema";
import type { DemoSeedContext } from "./context";

const DAY = 86_400_000;

/** Answers leaning towards the named barriers (4–5) and away from the rest (2). */
function answersFor(strong: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    ASSESSMENT_STATEMENTS.map((s) => {
      const level = strong[s.barrierId] ?? 2;
      return [s.id, s.reverse ? 6 - level : level];
    }),
  );
}

export async function seedGoals(ctx: DemoSeedContext): Promise<void> {
  const { tx, organisationId, now } = ctx;
  const person = (key: string) => {
    const p = ctx.people.get(key);
    if (!p) throw new Error(`demo person ${key} missing`);
    return p;
  };
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const day = (key: string, offset: number) => addDays(localDate(now, person(key).timeZone), offset);

  // Assessments: Sam took it twice (time and confidence eased a little); Priya and Tom once.
  const takes: [string, Record<string, number>, number][] = [
    ["employee", { confidence: 5, time: 5, unclear_goals: 4 }, 70],
    ["employee", { confidence: 4, time: 4, unclear_goals: 3 }, 6],
    ["priya", { rejection: 5, opportunities: 4 }, 30],
    ["tom", { time: 5, short_term: 4 }, 21],
    ["lena", { skills: 4, confidence: 4 }, 12],
  ];
  for (const [key, strong, daysAgo] of takes) {
    const answers = answersFor(strong);
    await tx.insert(assessments).values({
      userId: person(key).id,
      organisationId,
      answers,
      scores: scoreAssessment(answers).scores,
      takenAt: ago(daysAgo),
    });
  }

  const goal = async (
    key: string,
    values: Omit<typeof goals.$inferInsert, "organisationId" | "userId">,
    steps: [string, boolean][] = [],
    checkIns: [number, number, string][] = [],
  ) => {
    const [row] = await tx
      .insert(goals)
      .values({ ...values, organisationId, userId: person(key).id })
      .returning();
    if (!row) throw new Error("demo goal");
    if (steps.length > 0)
      await tx.insert(goalSteps).values(
        steps.map(([title, done], position) => ({
          goalId: row.id,
          title,
          position,
          doneAt: done ? ago(steps.length - position) : null,
        })),
      );
    if (checkIns.length > 0)
      await tx.insert(goalCheckIns).values(
        checkIns.map(([daysAgo, amount, note]) => ({
          userId: person(key).id,
          goalId: row.id,
          amount,
          note,
          at: ago(daysAgo),
        })),
      );
    return row;
  };

  // Sam: ahead, behind (activity-counted), done and archived.
  await goal(
    "employee",
    {
      title: "Find a mentor who moved from partnerships into product",
      why: "I'd like to move towards product within a year and want advice from someone who has done it.",
      category: "find_mentor",
      metric: "manual",
      target: 4,
      startDate: day("employee", -20),
      dueDate: day("employee", 40),
      visibility: "team",
      templateId: "unclear_goals.find-mentor",
    },
    [
      ["Write down what I want from a mentor", true],
      ["Ask Maya and Jordan who they would suggest", true],
      ["Reach out to three people with a short, specific note", false],
      ["Book a first coffee", false],
    ],
    [
      [15, 1, "Coffee with Jordan; he suggested two names"],
      [9, 1, "Call with Lena about her move into product"],
      [3, 1, "Intro to Carla (Product Ops) via Priya"],
    ],
  );
  await goal(
    "employee",
    {
      title: "Meet five people outside Partnerships",
      why: "Most of my network is my own team. I want to know who to ask when a partner needs something unusual.",
      category: "widen_circle",
      metric: "people_met",
      target: 5,
      startDate: day("employee", -14),
      dueDate: day("employee", 16),
      visibility: "private",
    },
    [
      ["List five teams I rarely talk to", true],
      ["Join the Product demo on Thursday", false],
      ["Ask one person from Finance for a coffee", false],
    ],
  );
  await goal(
    "employee",
    {
      title: "Practise my introduction six times",
      why: "Saying it out loud makes the first minute of an event much easier.",
      category: "build_skills",
      metric: "manual",
      target: 6,
      startDate: day("employee", -45),
      dueDate: day("employee", -10),
      visibility: "private",
      status: "completed",
      completedAt: ago(12),
    },
    [
      ["Write a two-line introduction", true],
      ["Rehearse with Priya", true],
      ["Use it at the partner meetup", true],
    ],
    [
      [40, 2, "Rehearsed with Priya twice"],
      [30, 1, ""],
      [22, 2, "Partner meetup: used it with two people"],
      [13, 1, "Team offsite"],
    ],
  );
  await goal("employee", {
    title: "Attend a conference this quarter",
    category: "explore_opportunities",
    metric: "events_attended",
    target: 1,
    startDate: day("employee", -80),
    dueDate: day("employee", -5),
    visibility: "private",
    status: "archived",
    archivedAt: ago(20),
  });

  // Teammates: shared goals (on track, behind) and a private one nobody else sees.
  await goal(
    "priya",
    {
      title: "Follow up twice with everyone who doesn't reply",
      why: "I give up after one message. A second, friendly nudge usually works.",
      category: "widen_circle",
      metric: "manual",
      target: 8,
      startDate: day("priya", -21),
      dueDate: day("priya", 21),
      visibility: "team",
    },
    [
      ["Keep a list of unanswered messages", true],
      ["Send nudges every Tuesday", false],
    ],
    [
      [18, 1, ""],
      [5, 1, "Second nudge to the Lisbon partner worked"],
    ],
  );
  await goal(
    "tom",
    {
      title: "Give value first: three introductions",
      category: "visibility",
      metric: "manual",
      target: 3,
      startDate: day("tom", -10),
      dueDate: day("tom", 20),
      visibility: "private",
    },
    [["Think of two people who should meet", false]],
    [[4, 1, "Introduced Diego to the analytics guild"]],
  );
  await goal(
    "lena",
    {
      title: "Speak at one community meetup",
      category: "visibility",
      metric: "manual",
      target: 1,
      startDate: day("lena", -30),
      dueDate: day("lena", 30),
      visibility: "team",
    },
    [
      ["Pick a topic from this quarter's work", true],
      ["Submit a talk to the local product meetup", true],
      ["Do a dry run with the team", false],
    ],
  );

  // Team goals: Partnerships shares event finds (manual); Product attends one event each.
  const partnerships = ctx.teams.get("Partnerships");
  const product = ctx.teams.get("Product");
  if (!partnerships || !product) throw new Error("demo teams missing");
  const [finds] = await tx
    .insert(teamGoals)
    .values({
      organisationId,
      teamId: partnerships,
      createdBy: person("manager").id,
      title: "Share two event finds each this month",
      why: "More of the right events on our list, found by all of us rather than one person.",
      metric: "manual",
      perMemberTarget: 2,
      startDate: day("manager", -12),
      dueDate: day("manager", 18),
    })
    .returning();
  if (!finds) throw new Error("demo team goal");
  await tx.insert(goalCheckIns).values([
    {
      userId: person("employee").id,
      teamGoalId: finds.id,
      amount: 1,
      note: "SaaS partners breakfast",
      at: ago(9),
    },
    {
      userId: person("employee").id,
      teamGoalId: finds.id,
      amount: 1,
      note: "Channel summit (online)",
      at: ago(2),
    },
    { userId: person("priya").id, teamGoalId: finds.id, amount: 1, note: "", at: ago(6) },
  ]);
  await tx.insert(teamGoals).values({
    organisationId,
    teamId: product,
    createdBy: person("jordan").id,
    title: "One event each this month",
    metric: "events_attended",
    perMemberTarget: 1,
    startDate: day("jordan", -8),
    dueDate: day("jordan", 22),
  });

  // Profile helpers for Sam, and a finished first-run for everyone who has goals.
  await tx.insert(pitches).values({
    userId: person("employee").id,
    introduction:
      "I'm Sam, I look after partner onboarding at Brightwater. Lately I'm curious how product teams decide what partners get first.",
    strengths: "I know our partner landscape well and I'm good at untangling messy handovers.",
    lookingFor: "Someone who has moved from partnerships into product.",
    talkingPoints: [
      "What's the most useful thing you learned this quarter?",
      "How do you decide which partner requests make the roadmap?",
      "The onboarding checklist we rebuilt in spring",
    ],
  });
  await tx.insert(networkingTimeBlocks).values({
    userId: person("employee").id,
    days: ["TH"],
    startTime: "16:00",
    durationMinutes: 45,
    timeZone: person("employee").timeZone,
    startDate: day("employee", -30),
  });
  for (const key of ["employee", "priya", "tom", "lena"])
    await tx.insert(firstRuns).values({ userId: person(key).id, step: "done", completedAt: ago(30) });
}
