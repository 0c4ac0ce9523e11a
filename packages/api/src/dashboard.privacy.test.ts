// The privacy promise, checked procedure by procedure: whatever a manager or an admin can call answers
// without the people an employee met, anything they wrote about them, their private goals or their
// self-assessment answers. A new manager- or admin-facing procedure is checked here automatically.
import { type Database, schema } from "@rapport/db";
import { withRollback } from "@rapport/db/testing";
import { ASSESSMENT_STATEMENTS, scoreAssessment } from "@rapport/domain/barriers";
import { addDays, localDate } from "@rapport/domain/time";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { call, inSavepoint, procedureTable } from "./procedure-table";
import { appRouter } from "./root";
import { callerFor, makeUser, memoryMailer, type TwoOrganisations, twoOrganisations } from "./testing";
import type { Access } from "./trpc";

const SECRET = "SECRET-41b9";

/** Member-level reads a manager uses to look at their team (beyond the manager and admin rungs). */
const MANAGER_READS = [
  "dashboard.teams",
  "dashboard.teamSummaries",
  "teamGoals.get",
  "goals.overview",
  "events.list",
  "events.get",
  "digest.preview",
  "digest.thisWeek",
  "intros.managed",
  "intros.stats",
];

/** Where the table's input is not what a manager would open: the manager's own team goal. */
const INPUTS: Record<string, (f: TwoOrganisations) => unknown> = {
  "teamGoals.get": (f) => ({ teamGoalId: f.teamGoal.id }),
  // A manager opens the statistics of their own team's programme.
  "intros.stats": (f) => ({ programmeId: f.introTeamProgramme.id }),
};

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: { access?: Access } } }
>;
const elevated = (access?: Access) => access === "teamManager" || access === "orgAdmin";
const checked = [
  ...Object.keys(procedures).filter((path) => elevated(procedures[path]?._def.meta?.access)),
  ...MANAGER_READS,
].sort();

/** Eve (employee of team Alpha) keeps contacts, notes, a private goal and her answers; two teammates answered too. */
async function plantSecrets(db: Database, f: TwoOrganisations) {
  const eve = callerFor(db, f.employeeA);
  const today = localDate(new Date(), "UTC");
  const contact = await eve.contacts.create({
    name: `${SECRET} Quinn`,
    company: `${SECRET} Ltd`,
    notes: `${SECRET} notes`,
    commonGround: `${SECRET} sailing`,
    metOn: addDays(today, -2),
    metEventId: null,
    tags: [`${SECRET}-tag`],
  } as never);
  await eve.contacts.logInteraction({
    contactId: contact.id,
    kind: "message",
    occurredOn: addDays(today, -1),
    outcome: "declined",
    note: `${SECRET} interaction`,
    reflection: `${SECRET} learned`,
  });
  await eve.contacts.addFollowUp({
    contactId: contact.id,
    dueOn: addDays(today, 1),
    note: `${SECRET} follow-up`,
  });
  await db.insert(schema.followUps).values({
    ownerId: f.employeeA.id,
    organisationId: f.orgA.id,
    contactId: contact.id,
    dueOn: addDays(today, -3),
    originalDueOn: addDays(today, -3),
    note: `${SECRET} overdue follow-up`,
  });
  await eve.goals.create({
    title: `${SECRET} private goal`,
    metric: "people_met",
    target: 9,
    startDate: addDays(today, -20),
    dueDate: addDays(today, 20),
    visibility: "private",
  } as never);
  await eve.goals.create({
    title: "Shared with the team",
    metric: "conversations",
    target: 9,
    startDate: addDays(today, -20),
    dueDate: addDays(today, 20),
    visibility: "team",
  } as never);
  // Three answers in team Alpha, so the team profile is shown (and must still be only an average).
  for (const [who, level] of [
    [f.employeeA, 5],
    [await teammate(db, f, "Tia Teammate"), 1],
    [await teammate(db, f, "Ugo Teammate"), 2],
  ] as const) {
    const answers = Object.fromEntries(
      ASSESSMENT_STATEMENTS.map((s) => [s.id, s.reverse ? 6 - level : level]),
    );
    await db.insert(schema.assessments).values({
      userId: who.id,
      organisationId: f.orgA.id,
      answers,
      scores: scoreAssessment(answers).scores,
    });
  }
}

async function teammate(db: Database, f: TwoOrganisations, name: string) {
  const user = await makeUser(db, name);
  await db.insert(schema.memberships).values({ organisationId: f.orgA.id, userId: user.id });
  await db.insert(schema.teamMembers).values({ teamId: f.teamA.id, userId: user.id, role: "employee" });
  return user;
}

function expectNothingPrivate(text: string, what: string) {
  expect(text, `${what} shows a contact, a note or a private goal`).not.toContain(SECRET);
  for (const statement of ASSESSMENT_STATEMENTS) {
    expect(text, `${what} shows an assessment answer`).not.toContain(`"${statement.id}"`);
  }
}

describe("managers and admins never see contacts, notes, private goals or assessment answers", () => {
  it("checks every procedure on the manager and admin rungs and the team reads managers use", () => {
    expect(checked).toContain("dashboard.team");
    expect(checked).toContain("dashboard.organisation");
    for (const path of checked)
      expect(procedureTable[path], `${path} has no input in the table`).toBeDefined();
  });

  for (const path of checked) {
    it(path, async () => {
      await withRollback(async (db) => {
        const f = await twoOrganisations(db);
        await plantSecrets(db, f);
        const access = procedureTable[path]?.access;
        const who = access === "orgAdmin" ? f.adminA : f.managerA;
        const mail = memoryMailer();
        const result = await inSavepoint(db, (tx) =>
          call(
            callerFor(tx, who, { mailer: mail.mailer }),
            path,
            (INPUTS[path] ?? procedureTable[path]?.input)?.(f),
          ),
        );
        expectNothingPrivate(JSON.stringify(result ?? null), path);
        for (const email of mail.sent)
          expectNothingPrivate(`${email.subject}\n${email.html}\n${email.text}`, `${path} email`);
      });
    });
  }

  it("the team's barrier profile is an average: no one person's scores can be read off it", async () => {
    await withRollback(async (db) => {
      const f = await twoOrganisations(db);
      await plantSecrets(db, f);
      const board = await callerFor(db, f.managerA).dashboard.team({ teamId: f.teamA.id });
      if (!board.barriers.shown) throw new Error("three people answered: the profile should be shown");
      expect(Object.keys(board.barriers).sort()).toEqual(["ranked", "respondents", "scores", "shown"]);
      const individual = await db.select({ scores: schema.assessments.scores }).from(schema.assessments);
      for (const { scores } of individual) expect(board.barriers.scores).not.toEqual(scores);
      // With one of the three removed from the team, it is withheld again.
      await db.delete(schema.assessments).where(eq(schema.assessments.userId, f.employeeA.id));
      const fewer = await callerFor(db, f.managerA).dashboard.team({ teamId: f.teamA.id });
      expect(fewer.barriers).toEqual({ shown: false, respondents: 2, needed: 3 });
    });
  });
});
