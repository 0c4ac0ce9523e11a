import { type Database, schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

/** Organisation A grows by `count` people named "Person 001"…, every third in a new team "Gamma". */
async function growOrganisationA(
  db: Database,
  f: Awaited<ReturnType<typeof twoOrganisations>>,
  count: number,
) {
  const gamma = await callerFor(db, f.adminA).organisation.createTeam({ name: "Gamma Squad" });
  const stamp = Date.now();
  const people = await db
    .insert(schema.users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        name: `Person ${String(i + 1).padStart(3, "0")}`,
        email: `person.${i + 1}.${stamp}@crowd.example`,
      })),
    )
    .returning();
  await db
    .insert(schema.memberships)
    .values(people.map((p) => ({ organisationId: f.orgA.id, userId: p.id, role: "member" as const })));
  await db
    .insert(schema.teamMembers)
    .values(people.filter((_, i) => i % 3 === 0).map((p) => ({ teamId: gamma.id, userId: p.id })));
  return { gamma, people };
}

describe("the organisation directory", () => {
  test("pages through everyone by name, with each person's teams, and a page past the end is empty", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    await growOrganisationA(db, f, 60);
    const admin = callerFor(db, f.adminA);
    const first = await admin.organisation.directory({});
    // Ada, Eve, Mo and 60 people; Bea and Max are organisation B's.
    expect(first).toMatchObject({ total: 63, everyone: 63, page: 1, pageSize: 25, pageCount: 3 });
    expect(first.people.map((p) => p.name).slice(0, 4)).toEqual([
      "Ada Admin",
      "Eve Employee",
      "Mo Manager",
      "Person 001",
    ]);
    expect(first.people.find((p) => p.name === "Mo Manager")?.teams).toEqual([
      expect.objectContaining({ teamName: "Alpha", role: "manager" }),
    ]);
    const third = await admin.organisation.directory({ page: 3 });
    expect(third.people.map((p) => p.name)).toEqual(
      Array.from({ length: 13 }, (_, i) => `Person ${String(i + 48).padStart(3, "0")}`),
    );
    const seen = new Set(
      [...first.people, ...(await admin.organisation.directory({ page: 2 })).people, ...third.people].map(
        (p) => p.userId,
      ),
    );
    expect(seen.size).toBe(63);
    expect((await admin.organisation.directory({ page: 4 })).people).toEqual([]);
  });

  test("searches names, address words and team names, every word as a prefix", async ({ db }) => {
    const f = await twoOrganisations(db);
    await growOrganisationA(db, f, 30);
    const admin = callerFor(db, f.adminA);
    const names = async (search: string) =>
      (await admin.organisation.directory({ search })).people.map((p) => p.name);
    expect(await names("eve")).toEqual(["Eve Employee"]);
    expect(await names("ADA adm")).toEqual(["Ada Admin"]);
    // Part of an address, after the @ or a dot.
    expect(await names("crowd.example person.7")).toEqual(["Person 007"]);
    // A team's name finds its people.
    const gamma = await admin.organisation.directory({ search: "gamma" });
    expect(gamma.total).toBe(10);
    expect(await names("alph")).toEqual(["Eve Employee", "Mo Manager"]);
    expect(await names("nobody-like-this")).toEqual([]);
    // Punctuation alone is no search at all; hostile text is only text.
    expect((await admin.organisation.directory({ search: "%_'\\" })).total).toBe(33);
    expect(await names("<script>alert(1)</script>")).toEqual([]);
  });

  test("filters by organisation role and by team, including people in no team", async ({ db }) => {
    const f = await twoOrganisations(db);
    const { gamma } = await growOrganisationA(db, f, 9);
    const admin = callerFor(db, f.adminA);
    const names = async (input: { role?: "admin" | "member"; team?: string; search?: string }) =>
      (await admin.organisation.directory(input)).people.map((p) => p.name);
    expect(await names({ role: "admin" })).toEqual(["Ada Admin"]);
    expect(await names({ team: f.teamA.id })).toEqual(["Eve Employee", "Mo Manager"]);
    expect(await names({ team: gamma.id, search: "person 00" })).toEqual([
      "Person 001",
      "Person 004",
      "Person 007",
    ]);
    // The six newcomers outside Gamma; Ada is in the fixture's "Guild", so no admin is teamless.
    expect(await names({ team: "none", role: "member" })).toEqual(
      ["002", "003", "005", "006", "008", "009"].map((n) => `Person ${n}`),
    );
    expect(await names({ team: "none", role: "admin" })).toEqual([]);
  });

  test("another organisation's people never appear, not even through its team's id", async ({ db }) => {
    const f = await twoOrganisations(db);
    const admin = callerFor(db, f.adminA);
    const everyone = JSON.stringify((await admin.organisation.directory({ search: "max" })).people);
    expect(everyone).not.toContain("Max Other");
    expect((await admin.organisation.directory({ team: f.teamB.id })).people).toEqual([]);
    const b = await callerFor(db, f.adminB).organisation.directory({});
    expect(b.people.map((p) => p.name)).toEqual(["Bea Admin", "Max Other"]);
    expect(b.total).toBe(2);
  });

  test("an employee or a manager cannot call it, and absurd input is a clear 400", async ({ db }) => {
    const f = await twoOrganisations(db);
    for (const person of [f.employeeA, f.managerA]) {
      await expect(callerFor(db, person).organisation.directory({})).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const admin = callerFor(db, f.adminA);
    await expect(admin.organisation.directory({ page: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.organisation.directory({ page: 1e9 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.organisation.directory({ search: "x".repeat(201) })).rejects.toThrow(
      /at most 200 characters/,
    );
  });
});
