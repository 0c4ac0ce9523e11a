import { expect } from "vitest";
import { DEMO_ORG_SLUG, DEMO_PEOPLE, isEmpty, seedDemo } from "./seed";
import { dbTest as test } from "./testing";

test("the demo seed creates one organisation with two teams, managers and employees, once", async ({
  db,
}) => {
  const first = await seedDemo(db);
  const second = await seedDemo(db);
  expect(first.created).toBe(true);
  expect(second.created).toBe(false);
  expect(await isEmpty(db)).toBe(false);

  const org = await db.query.organisations.findFirst({
    where: (o, { eq }) => eq(o.slug, DEMO_ORG_SLUG),
    with: { teams: { with: { members: { with: { user: true } } } }, memberships: true },
  });
  expect(org?.memberships).toHaveLength(DEMO_PEOPLE.length);
  expect(org?.teams.map((t) => t.name).sort()).toEqual(["Partnerships", "Product"]);
  for (const team of org?.teams ?? []) {
    const roles = team.members.map((m) => m.role);
    expect(roles).toContain("manager");
    expect(roles).toContain("employee");
  }
});
