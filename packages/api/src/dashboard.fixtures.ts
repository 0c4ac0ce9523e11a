// A small team with known activity for the dashboard tests: every number the dashboard shows can be
// worked out by hand from what is inserted here. Dates are relative to today (UTC; the people are in UTC).
import { type Database, schema } from "@rapport/db";
import { ASSESSMENT_STATEMENTS, scoreAssessment } from "@rapport/domain/barriers";
import { addDays, localDate } from "@rapport/domain/time";
import { makeUser } from "./testing";

const SECRET = "SECRET-7d2e";
const DAY = 86_400_000;

export async function dashboardTeam(db: Database, now = new Date()) {
  const today = localDate(now, "UTC");
  const day = (offset: number) => addDays(today, offset);
  const at = (offset: number) => new Date(`${day(offset)}T10:00:00Z`);

  const [manager, ann, ben, cat, dov, outsider] = await Promise.all(
    ["Mia Manager", "Ann Able", "Ben Busy", "Cat Chatty", "Dov Newcomer", "Oz Outsider"].map((n) =>
      makeUser(db, n),
    ),
  );
  if (!manager || !ann || !ben || !cat || !dov || !outsider) throw new Error("users");
  const [org, otherOrg] = await db
    .insert(schema.organisations)
    .values([
      { name: "Dash Org", slug: `dash-${now.getTime()}-${Math.random()}`, timeZone: "UTC" },
      { name: "Elsewhere", slug: `else-${now.getTime()}-${Math.random()}`, timeZone: "UTC" },
    ])
    .returning();
  if (!org || !otherOrg) throw new Error("orgs");
  const [team, otherTeam] = await db
    .insert(schema.teams)
    .values([
      { organisationId: org.id, name: "Crew" },
      { organisationId: otherOrg.id, name: "Others" },
    ])
    .returning();
  if (!team || !otherTeam) throw new Error("teams");
  await db.insert(schema.memberships).values([
    { organisationId: org.id, userId: manager.id, role: "member" },
    ...[ann, ben, cat, dov].map((u) => ({ organisationId: org.id, userId: u.id, role: "member" as const })),
    { organisationId: otherOrg.id, userId: outsider.id, role: "admin" },
    // Ann is in another organisation too: what she logs there must not count here.
    { organisationId: otherOrg.id, userId: ann.id, role: "member" },
  ]);
  const longAgo = new Date(now.getTime() - 200 * DAY);
  await db.insert(schema.teamMembers).values([
    { teamId: team.id, userId: manager.id, role: "manager", createdAt: longAgo },
    { teamId: team.id, userId: ann.id, role: "employee", createdAt: longAgo },
    { teamId: team.id, userId: ben.id, role: "employee", createdAt: longAgo },
    { teamId: team.id, userId: cat.id, role: "employee", createdAt: longAgo },
    // Joined five days ago and logged nothing yet: not "quiet".
    { teamId: team.id, userId: dov.id, role: "employee", createdAt: new Date(now.getTime() - 5 * DAY) },
    { teamId: otherTeam.id, userId: outsider.id, role: "manager" },
  ]);

  const contact = async (
    ownerId: string,
    organisationId: string,
    name: string,
    metOffset: number,
    source: "manual" | "import" = "manual",
  ) => {
    const [row] = await db
      .insert(schema.contacts)
      .values({
        ownerId,
        organisationId,
        name,
        company: `${SECRET} Company`,
        notes: `${SECRET} notes about ${name}`,
        commonGround: `${SECRET} common ground`,
        metOn: day(metOffset),
        source,
        createdAt: at(metOffset),
      })
      .returning();
    if (!row) throw new Error("contact");
    return row;
  };
  // Ann: two people met by hand (3 and 45 days ago) and one imported (never counted).
  const annContact = await contact(ann.id, org.id, `${SECRET} Contact Alpha`, -3);
  await contact(ann.id, org.id, `${SECRET} Contact Beta`, -45);
  await contact(ann.id, org.id, `${SECRET} Imported`, -2, "import");
  // Ann in the other organisation: not counted here.
  const annElsewhere = await contact(ann.id, otherOrg.id, `${SECRET} Elsewhere`, -1);
  const benContact = await contact(ben.id, org.id, `${SECRET} Contact Gamma`, -100);
  const catContact = await contact(cat.id, org.id, `${SECRET} Contact Delta`, -120);

  const interaction = async (ownerId: string, organisationId: string, contactId: string, offset: number) =>
    db.insert(schema.interactions).values({
      ownerId,
      organisationId,
      contactId,
      kind: "coffee",
      occurredOn: day(offset),
      outcome: "declined",
      note: `${SECRET} interaction note`,
      reflection: `${SECRET} reflection`,
      createdAt: at(offset),
    });
  // Ann: conversations 1, 10 and 60 days ago. Ben: last one 30 days ago (quiet). Cat: 2 days ago.
  await interaction(ann.id, org.id, annContact.id, -1);
  await interaction(ann.id, org.id, annContact.id, -10);
  await interaction(ann.id, org.id, annContact.id, -60);
  await interaction(ann.id, otherOrg.id, annElsewhere.id, -1);
  await interaction(ben.id, org.id, benContact.id, -30);
  await interaction(cat.id, org.id, catContact.id, -2);

  // Ann's follow-ups: one done on time, one done late, one overdue, one not due yet.
  await db.insert(schema.followUps).values([
    {
      ownerId: ann.id,
      organisationId: org.id,
      contactId: annContact.id,
      dueOn: day(-4),
      originalDueOn: day(-4),
      doneOn: day(-5),
      doneAt: at(-5),
      note: `${SECRET} follow-up note`,
    },
    {
      ownerId: ann.id,
      organisationId: org.id,
      contactId: annContact.id,
      dueOn: day(-6),
      originalDueOn: day(-8),
      doneOn: day(-5),
      doneAt: at(-5),
    },
    {
      ownerId: ann.id,
      organisationId: org.id,
      contactId: annContact.id,
      dueOn: day(-2),
      originalDueOn: day(-2),
    },
    {
      ownerId: ann.id,
      organisationId: org.id,
      contactId: annContact.id,
      dueOn: day(5),
      originalDueOn: day(5),
    },
  ]);

  // Events: Ann attended one a week ago; Cat is going to one next week.
  const [past, upcoming] = await db
    .insert(schema.events)
    .values([
      {
        organisationId: org.id,
        teamId: team.id,
        uid: `past-${now.getTime()}`,
        title: "Crew breakfast",
        startsAt: at(-7),
        endsAt: new Date(at(-7).getTime() + 3_600_000),
        timeZone: "UTC",
      },
      {
        organisationId: org.id,
        teamId: team.id,
        uid: `next-${now.getTime()}`,
        title: "Harbour meetup",
        startsAt: at(6),
        endsAt: new Date(at(6).getTime() + 3_600_000),
        timeZone: "UTC",
      },
    ])
    .returning();
  if (!past || !upcoming) throw new Error("events");
  await db.insert(schema.eventRsvps).values([
    { eventId: past.id, userId: ann.id, status: "attended", updatedAt: at(-6) },
    { eventId: upcoming.id, userId: cat.id, status: "going" },
    { eventId: upcoming.id, userId: manager.id, status: "going" },
    { eventId: upcoming.id, userId: ben.id, status: "interested" },
  ]);

  // Ann shares "Meet 10 people" (1 so far, about 5 expected by now: behind) and keeps a goal private.
  const [sharedGoal, privateGoal] = await db
    .insert(schema.goals)
    .values([
      {
        organisationId: org.id,
        userId: ann.id,
        title: "Meet 10 people",
        metric: "people_met",
        target: 10,
        startDate: day(-30),
        dueDate: day(30),
        visibility: "team",
      },
      {
        organisationId: org.id,
        userId: ann.id,
        title: `${SECRET} private goal`,
        metric: "conversations",
        target: 3,
        startDate: day(-30),
        dueDate: day(30),
        visibility: "private",
      },
    ])
    .returning();
  if (!sharedGoal || !privateGoal) throw new Error("goals");
  await db
    .insert(schema.goalCheckIns)
    .values({ userId: ann.id, goalId: privateGoal.id, amount: 1, note: `${SECRET} check-in`, at: at(-1) });

  // A team goal: one event each this quarter.
  const [teamGoal] = await db
    .insert(schema.teamGoals)
    .values({
      organisationId: org.id,
      teamId: team.id,
      title: "One event each",
      metric: "events_attended",
      perMemberTarget: 1,
      startDate: day(-40),
      dueDate: day(50),
    })
    .returning();
  if (!teamGoal) throw new Error("team goal");

  // Two people have taken the self-assessment: below the threshold.
  const answers = (level: number) =>
    Object.fromEntries(ASSESSMENT_STATEMENTS.map((s) => [s.id, s.reverse ? 6 - level : level]));
  const assess = (userId: string, level: number) => {
    const a = answers(level);
    return db
      .insert(schema.assessments)
      .values({ userId, organisationId: org.id, answers: a, scores: scoreAssessment(a).scores });
  };
  await assess(ann.id, 5);
  await assess(ben.id, 1);

  return {
    today,
    day,
    org,
    otherOrg,
    team,
    otherTeam,
    manager,
    ann,
    ben,
    cat,
    dov,
    outsider,
    sharedGoal,
    privateGoal,
    teamGoal,
    upcoming,
    assess,
  };
}
