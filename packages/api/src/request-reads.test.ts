import { dbTest as test } from "@rapport/db/testing";
import { expect } from "vitest";
import { callerFor, makeUser, statementsOf, twoOrganisations } from "./testing";

// One request's calls share what they read (memberships); a change made in the request is read back fresh.

test("a person who creates an organisation is in it for the rest of the same request", async ({ db }) => {
  const caller = callerFor(db, await makeUser(db, "Rin Founder"));
  expect((await caller.me.get()).activeOrganisation).toBeNull();
  await expect(caller.goals.overview()).rejects.toMatchObject({ code: "FORBIDDEN" });
  const org = await caller.organisation.create({ name: "Founders", timeZone: "UTC" });
  expect((await caller.me.get()).activeOrganisation).toMatchObject({ organisationId: org.id, role: "admin" });
  expect((await caller.goals.overview()).mine).toEqual([]);
});

test("an admin who hands over the role loses admin rights within the same request", async ({ db }) => {
  const f = await twoOrganisations(db);
  const caller = callerFor(db, f.adminA);
  expect((await caller.organisation.setupChecklist()).steps.length).toBeGreaterThan(0);
  await caller.organisation.setRole({ userId: f.managerA.id, role: "admin" });
  await caller.organisation.setRole({ userId: f.adminA.id, role: "member" });
  await expect(caller.organisation.setupChecklist()).rejects.toMatchObject({ code: "FORBIDDEN" });
});

test("Today's intro cards and this week's plan read my intros and intro requests once between them", async ({
  db,
}) => {
  const f = await twoOrganisations(db);
  const alone = await statementsOf(db, () => callerFor(db, f.employeeA).digest.thisWeek());
  const caller = callerFor(db, f.employeeA);
  let answers: unknown[] = [];
  const together = await statementsOf(db, async () => {
    answers = await Promise.all([
      caller.digest.thisWeek(),
      caller.introRequests.counts(),
      caller.intros.myIntros(),
    ]);
  });
  expect(together).toBe(alone);
  // The cards show what a request of their own would.
  const fresh = callerFor(db, f.employeeA);
  expect(answers[1]).toEqual(await fresh.introRequests.counts());
  expect(answers[2]).toEqual(await fresh.intros.myIntros());
});
