import { type Database, schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, makeUser, statementsOf, twoOrganisations } from "./testing";

const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function addEmployees(db: Database, f: Awaited<ReturnType<typeof twoOrganisations>>, n: number) {
  const people = [];
  for (let i = 0; i < n; i++) {
    const person = await makeUser(db, `Member ${i}`);
    await db
      .insert(schema.memberships)
      .values({ organisationId: f.orgA.id, userId: person.id, role: "member" });
    await db.insert(schema.teamMembers).values({ teamId: f.teamA.id, userId: person.id, role: "employee" });
    people.push(person);
  }
  return people;
}

describe("goal lists read in a fixed number of statements", () => {
  test("each member's share counts only their own check-ins of that team goal, however many goals and members", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const [ana, ben] = await addEmployees(db, f, 2);
    if (!ana || !ben) throw new Error("members");
    const manager = callerFor(db, f.managerA);
    const goal = (title: string) =>
      manager.teamGoals.create({
        teamId: f.teamA.id,
        title,
        metric: "manual",
        perMemberTarget: 4,
        startDate: today,
        dueDate: inDays(28),
      });
    const first = await goal("Share event finds");
    const second = await goal("Introduce a colleague");
    await callerFor(db, ana).teamGoals.checkIn({ teamGoalId: first.id, amount: 3, note: "" });
    await callerFor(db, ben).teamGoals.checkIn({ teamGoalId: first.id, amount: 1, note: "" });
    await callerFor(db, ben).teamGoals.checkIn({ teamGoalId: second.id, amount: 2, note: "" });
    // Ana also has a personal manual goal with its own check-in; it must not count for the team goals.
    const own = await callerFor(db, ana).goals.create({
      title: "Coffee with a new starter",
      metric: "manual",
      target: 2,
      startDate: today,
      dueDate: inDays(20),
      visibility: "private",
    });
    await callerFor(db, ana).goals.checkIn({ goalId: own.id, amount: 1, note: "" });

    const anaView = await callerFor(db, ana).goals.overview();
    const benView = await callerFor(db, ben).goals.overview();
    const share = (view: typeof anaView, id: string) =>
      view.teamGoals.find((g) => g.id === id)?.myShare?.progress;
    expect([share(anaView, first.id), share(anaView, second.id)]).toEqual([3, 0]);
    expect([share(benView, first.id), share(benView, second.id)]).toEqual([1, 2]);
    expect(anaView.teamGoals.find((g) => g.id === first.id)?.team).toMatchObject({ progress: 4 });
    expect(anaView.mine.map((g) => [g.title, g.progress])).toEqual([["Coffee with a new starter", 1]]);
    expect(benView.mine).toEqual([]);
  });

  test("the goals page costs the same statements for a team of 3 as for a team of 12", async ({ db }) => {
    const f = await twoOrganisations(db);
    const manager = callerFor(db, f.managerA);
    for (const title of ["Meet people across teams", "Follow up within a week"]) {
      await manager.teamGoals.create({
        teamId: f.teamA.id,
        title,
        metric: "people_met",
        perMemberTarget: 3,
        startDate: today,
        dueDate: inDays(28),
      });
    }
    const me = callerFor(db, f.employeeA);
    await me.goals.create({
      title: "Two conversations a week",
      metric: "conversations",
      target: 8,
      startDate: today,
      dueDate: inDays(28),
      visibility: "team",
    });
    await addEmployees(db, f, 2);
    const small = await statementsOf(db, () => callerFor(db, f.employeeA).goals.overview());
    await addEmployees(db, f, 9);
    const large = await statementsOf(db, () => callerFor(db, f.employeeA).goals.overview());
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
