import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, makeUser, twoOrganisations } from "./testing";

const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const today = new Date().toISOString().slice(0, 10);

describe("the admin's first-run checklist", () => {
  test("each step ticks itself when the admin does it, and the list is complete at the end", async ({
    db,
  }) => {
    const founder = await makeUser(db, "Dana Founder");
    const org = await callerFor(db, founder).organisation.create({
      name: "Harbour",
      timeZone: "Europe/Berlin",
    });
    const admin = callerFor(db, founder, { preferredOrganisationId: org.id });
    const done = async () =>
      (await admin.organisation.setupChecklist()).steps.filter((s) => s.done).map((s) => s.key);

    expect(await admin.organisation.setupChecklist()).toMatchObject({ complete: false, remaining: 5 });
    const team = await admin.organisation.createTeam({ name: "Growth" });
    // A team with nobody managing it does not tick the manager step.
    expect(await done()).toEqual(["team"]);
    await admin.invitations.create({ email: "jamie@example.test", teamId: team.id });
    expect(await done()).toEqual(["team", "invite"]);
    await admin.organisation.placeInTeam({ userId: founder.id, teamId: team.id, role: "manager" });
    expect(await done()).toEqual(["team", "invite", "manager"]);
    await admin.teamGoals.create({
      teamId: team.id,
      title: "One event each",
      metric: "events_attended",
      perMemberTarget: 1,
      startDate: today,
      dueDate: inAMonth,
    });
    expect(await done()).toEqual(["team", "invite", "manager", "team-goal"]);
    await admin.organisation.update({
      name: "Harbour",
      timeZone: "Europe/Berlin",
      digestDay: 2,
      digestHour: 9,
    });
    expect(await admin.organisation.setupChecklist()).toMatchObject({ complete: true, remaining: 0 });
  });

  test("another organisation's progress never counts, and members cannot read it", async ({ db }) => {
    const f = await twoOrganisations(db);
    const founder = await makeUser(db, "Fresh Founder");
    const org = await callerFor(db, founder).organisation.create({ name: "Fresh Co", timeZone: "UTC" });
    // Org A has teams, managers, invitations and goals; none of it ticks Fresh Co's steps.
    expect(
      await callerFor(db, founder, { preferredOrganisationId: org.id }).organisation.setupChecklist(),
    ).toMatchObject({ remaining: 5 });
    await expect(callerFor(db, f.employeeA).organisation.setupChecklist()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
