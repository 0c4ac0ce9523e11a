import { schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { callerFor, statementsOf, twoOrganisations } from "./testing";

// Every signed-in page starts with `me.get`: who I am, my organisations, my teams in the one I am
// looking at, and the invitations waiting for me. It is read in one statement.

test("me.get shows my organisations, the active one's teams and only usable invitations, in one statement", async ({
  db,
}) => {
  const f = await twoOrganisations(db);
  const me = f.managerB; // member of Org B (manager of Beta), joins Org A below
  // (Set a minute later: a test's rows share one transaction's clock.)
  await db.insert(schema.memberships).values({
    organisationId: f.orgA.id,
    userId: me.id,
    role: "member",
    createdAt: new Date(Date.now() + 60_000),
  });
  const zeta = await callerFor(db, f.adminA).organisation.createTeam({ name: "Zeta" });
  await db.insert(schema.teamMembers).values([
    { teamId: zeta.id, userId: me.id, role: "manager" },
    { teamId: f.teamA.id, userId: me.id, role: "employee" },
  ]);
  const day = 86_400_000;
  const invitation = (over: Partial<typeof schema.invitations.$inferInsert>) => ({
    organisationId: f.orgA.id,
    teamId: f.teamA.id,
    email: me.email,
    tokenHash: `hash-${Math.random()}`,
    expiresAt: new Date(Date.now() + 7 * day),
    ...over,
  });
  await db
    .insert(schema.invitations)
    .values([
      invitation({}),
      invitation({ expiresAt: new Date(Date.now() - day) }),
      invitation({ revokedAt: new Date() }),
      invitation({ acceptedAt: new Date() }),
      invitation({ email: "someone.else@example.test" }),
    ]);

  const caller = callerFor(db, me);
  let answer: Awaited<ReturnType<typeof caller.me.get>> | undefined;
  expect(await statementsOf(db, async () => (answer = await caller.me.get()))).toBe(1);
  expect(answer?.user).toMatchObject({
    id: me.id,
    email: me.email,
    name: "Max Other",
    profileConfirmed: false,
  });
  // Oldest membership first, and it is the active one without a choice.
  expect(answer?.memberships.map((m) => [m.organisationName, m.role])).toEqual([
    ["Org B", "member"],
    ["Org A", "member"],
  ]);
  expect(answer?.activeOrganisation?.organisationId).toBe(f.orgB.id);
  expect(answer?.teams).toEqual([{ teamId: f.teamB.id, name: "Beta", role: "manager" }]);
  expect(answer?.pendingInvitations).toEqual([
    { id: expect.any(String), organisationName: "Org A", teamName: "Alpha" },
  ]);

  // Looking at Org A: its teams, by name, with my role in each; nothing from Org B.
  const inA = await callerFor(db, me, { preferredOrganisationId: f.orgA.id }).me.get();
  expect(inA.activeOrganisation).toMatchObject({ organisationId: f.orgA.id, role: "member" });
  expect(inA.teams).toEqual([
    { teamId: f.teamA.id, name: "Alpha", role: "employee" },
    { teamId: zeta.id, name: "Zeta", role: "manager" },
  ]);
});

test("the memberships me.get read are the request's: the page's next call does not read them again", async ({
  db,
}) => {
  const f = await twoOrganisations(db);
  const caller = callerFor(db, f.employeeA);
  const fresh = await statementsOf(db, () => callerFor(db, f.employeeA).organisation.get());
  await caller.me.get();
  const after = await statementsOf(db, () => caller.organisation.get());
  expect(after).toBe(fresh - 1);
});

test("me.get for an account that no longer exists is a clear not-found", async ({ db }) => {
  const f = await twoOrganisations(db);
  await db.delete(schema.users).where(eq(schema.users.id, f.loner.id));
  await expect(callerFor(db, f.loner).me.get()).rejects.toMatchObject({ code: "NOT_FOUND" });
});
