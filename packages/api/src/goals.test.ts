import { schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { ASSESSMENT_STATEMENTS } from "@rapport/domain/barriers";
import { describe, expect } from "vitest";
import { callerFor, makeUser, twoOrganisations } from "./testing";

const answersAll = (value: number) => Object.fromEntries(ASSESSMENT_STATEMENTS.map((s) => [s.id, value]));
const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const draft = {
  title: "Find a mentor in data",
  metric: "manual" as const,
  target: 4,
  startDate: today,
  dueDate: inDays(30),
};

describe("goal privacy", () => {
  test("a private goal answers 'not found' to teammates, their manager and the organisation's admin", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const goal = await callerFor(db, f.employeeA).goals.create({ ...draft, visibility: "private" });
    for (const other of [f.managerA, f.adminA, f.adminB]) {
      await expect(callerFor(db, other).goals.get({ goalId: goal.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        callerFor(db, other).goals.checkIn({ goalId: goal.id, amount: 1, note: "" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      const overview = JSON.stringify(
        await callerFor(db, other)
          .goals.overview()
          .catch(() => ({})),
      );
      expect(overview).not.toContain("Find a mentor in data");
    }
    expect((await callerFor(db, f.employeeA).goals.get({ goalId: goal.id })).isOwner).toBe(true);
  });

  test("a goal shared with the team is visible to the owner's teammates, read-only, without check-in notes", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const owner = callerFor(db, f.employeeA);
    const goal = await owner.goals.create({ ...draft, visibility: "team" });
    await owner.goals.checkIn({ goalId: goal.id, amount: 2, note: "Lunch with Dana, very open" });
    const manager = callerFor(db, f.managerA);
    const seen = await manager.goals.get({ goalId: goal.id });
    expect(seen).toMatchObject({ isOwner: false, progress: 2, checkIns: [] });
    expect(JSON.stringify(seen)).not.toContain("Dana");
    expect((await manager.goals.overview()).shared.map((g) => g.title)).toEqual(["Find a mentor in data"]);
    await expect(manager.goals.setStatus({ goalId: goal.id, status: "archived" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Not in the team: the admin of the organisation still cannot see it.
    await expect(callerFor(db, f.adminA).goals.get({ goalId: goal.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  test("assessment answers are only ever returned to the person who gave them", async ({ db }) => {
    const f = await twoOrganisations(db);
    await callerFor(db, f.employeeA).assessment.submit({ answers: answersAll(5) });
    for (const other of [f.managerA, f.adminA]) {
      expect(await callerFor(db, other).assessment.history()).toEqual([]);
      expect(await callerFor(db, other).assessment.latest()).toBeNull();
    }
    expect(await callerFor(db, f.employeeA).assessment.history()).toHaveLength(1);
  });
});

describe("goals, plans and progress", () => {
  test("a goal starts with its plan; steps can be done, reordered and removed", async ({ db }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.employeeA);
    const goal = await me.goals.create({ ...draft, steps: ["List five people", "Write to two"] });
    await me.goals.addStep({ goalId: goal.id, title: "Book the coffees" });
    let detail = await me.goals.get({ goalId: goal.id });
    expect(detail.steps.map((s) => s.title)).toEqual([
      "List five people",
      "Write to two",
      "Book the coffees",
    ]);
    await me.goals.moveStep({ stepId: detail.steps[2]?.id ?? "", direction: "up" });
    await me.goals.setStepDone({ stepId: detail.steps[0]?.id ?? "", done: true });
    detail = await me.goals.get({ goalId: goal.id });
    expect(detail.steps.map((s) => [s.title, Boolean(s.doneAt)])).toEqual([
      ["List five people", true],
      ["Book the coffees", false],
      ["Write to two", false],
    ]);
  });

  test("manual goals move with check-ins and reach done; activity goals refuse typed progress", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.employeeA);
    const goal = await me.goals.create(draft);
    await me.goals.checkIn({ goalId: goal.id, amount: 3, note: "" });
    expect((await me.goals.get({ goalId: goal.id })).pace.state).toBe("ahead");
    await me.goals.checkIn({ goalId: goal.id, amount: 1, note: "Found one!" });
    expect((await me.goals.get({ goalId: goal.id })).pace).toMatchObject({ state: "done", percent: 100 });

    const events = await me.goals.create({ ...draft, metric: "events_attended" });
    await expect(me.goals.checkIn({ goalId: events.id, amount: 1, note: "" })).rejects.toThrow(
      /nothing to check in/,
    );
  });

  test("bad input names the field", async ({ db }) => {
    const f = await twoOrganisations(db);
    await expect(
      callerFor(db, f.employeeA).goals.create({ ...draft, title: " ", dueDate: "2020-01-01" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  test("completing and archiving keep the goal, and it can be reopened", async ({ db }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.employeeA);
    const goal = await me.goals.create(draft);
    await me.goals.setStatus({ goalId: goal.id, status: "completed" });
    expect((await me.goals.get({ goalId: goal.id })).pace.state).toBe("done");
    await me.goals.setStatus({ goalId: goal.id, status: "archived" });
    await me.goals.setStatus({ goalId: goal.id, status: "active" });
    expect((await me.goals.overview()).mine.map((g) => g.status)).toEqual(["active"]);
  });
});

describe("team goals", () => {
  test("a manager sets a team goal; members see it with their share; only managers see per-member counts", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const manager = callerFor(db, f.managerA);
    const goal = await manager.teamGoals.create({
      teamId: f.teamA.id,
      title: "Share two event finds each",
      metric: "manual",
      perMemberTarget: 2,
      startDate: today,
      dueDate: inDays(28),
    });
    const member = callerFor(db, f.employeeA);
    await member.teamGoals.checkIn({ teamGoalId: goal.id, amount: 1, note: "" });
    const seen = (await member.goals.overview()).teamGoals.find((g) => g.id === goal.id);
    expect(seen).toMatchObject({
      teamName: "Alpha",
      myShare: { progress: 1, percent: 50 },
      team: { target: 2 },
    });
    expect((await member.teamGoals.get({ teamGoalId: goal.id })).members).toBeNull();
    expect((await manager.teamGoals.get({ teamGoalId: goal.id })).members).toEqual([
      expect.objectContaining({ name: "Eve Employee", progress: 1 }),
    ]);
    // Someone outside the team (even the organisation's admin) does not see it.
    await expect(callerFor(db, f.adminA).teamGoals.get({ teamGoalId: goal.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const outsider = await makeUser(db, "Out Sider");
    await expect(callerFor(db, outsider).teamGoals.get({ teamGoalId: goal.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("editing a team goal", () => {
  test("the manager changes the aim and numbers; members' progress is recounted; it stays with its team", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const manager = callerFor(db, f.managerA);
    const fields = {
      title: "Share event finds",
      why: "",
      metric: "manual" as const,
      startDate: today,
      dueDate: inDays(28),
    };
    const goal = await manager.teamGoals.create({ teamId: f.teamA.id, ...fields, perMemberTarget: 4 });
    await callerFor(db, f.employeeA).teamGoals.checkIn({ teamGoalId: goal.id, amount: 1, note: "" });

    await manager.teamGoals.update({
      teamId: f.teamA.id,
      teamGoalId: goal.id,
      ...fields,
      title: "Share two event finds each",
      perMemberTarget: 2,
    });
    const after = await manager.teamGoals.get({ teamGoalId: goal.id });
    expect(after.goal).toMatchObject({
      title: "Share two event finds each",
      perMemberTarget: 2,
      teamId: f.teamA.id,
    });
    expect(after.members).toEqual([
      expect.objectContaining({ name: "Eve Employee", progress: 1, percent: 50 }),
    ]);

    // Dates out of order are refused, naming the field, and nothing changes.
    await expect(
      manager.teamGoals.update({
        teamId: f.teamA.id,
        teamGoalId: goal.id,
        ...fields,
        perMemberTarget: 2,
        startDate: inDays(10),
        dueDate: inDays(1),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await manager.teamGoals.get({ teamGoalId: goal.id })).goal.dueDate).toBe(inDays(28));

    // A goal of another team cannot be edited by naming a team one manages.
    const [other] = await db
      .insert(schema.teams)
      .values({ organisationId: f.orgA.id, name: "Gamma" })
      .returning();
    await db
      .insert(schema.teamMembers)
      .values({ teamId: other?.id ?? "", userId: f.managerA.id, role: "manager" });
    await expect(
      manager.teamGoals.update({
        teamId: other?.id ?? "",
        teamGoalId: goal.id,
        ...fields,
        perMemberTarget: 1,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("assessment and first-run", () => {
  test("retaking the assessment keeps history and shows the change", async ({ db }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.employeeA);
    const first = answersAll(3);
    await me.assessment.submit({ answers: { ...first, "time.1": 5, "time.2": 5, "time.3": 1 } });
    await me.assessment.submit({ answers: first });
    const [latest, earlier] = await me.assessment.history();
    expect(earlier?.profile.top).toEqual(["time"]);
    expect(latest?.changes?.find((c) => c.barrierId === "time")).toMatchObject({ direction: "eased" });
    await expect(me.assessment.submit({ answers: { "time.1": 3 } })).rejects.toThrow(/remaining statements/);
  });

  test("the first-run is offered to a newcomer, resumes where they left it, and stops when skipped", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.employeeA);
    expect(await me.coaching.firstRun()).toMatchObject({ offer: true, step: "welcome" });
    await me.coaching.setFirstRunStep({ step: "suggestions" });
    expect(await me.coaching.firstRun()).toMatchObject({ offer: true, step: "suggestions" });
    await me.coaching.skipFirstRun();
    expect((await me.coaching.firstRun()).offer).toBe(false);
    // Someone who already has a goal is not offered it.
    await callerFor(db, f.managerA).goals.create(draft);
    expect((await callerFor(db, f.managerA).coaching.firstRun()).offer).toBe(false);
  });
});
