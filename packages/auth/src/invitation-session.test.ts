import {
  acceptInvitation,
  createInvitation,
  createOrganisation,
  findValidSession,
  listMemberships,
  renewInvitation,
  schema,
} from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { AppError } from "@rapport/domain";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, vi } from "vitest";
import { startInvitationSession } from "./invitation-session";

const NOW = new Date("2026-12-01T09:00:00Z");
const DAY = 86_400_000;

async function person(db: Parameters<typeof createOrganisation>[0], name: string, email: string) {
  const [user] = await db.insert(schema.users).values({ name, email }).returning();
  if (!user) throw new Error("user");
  return user;
}

/** Two organisations, each with an admin and a team; the first invites newcomer@example.test. */
async function setUp(db: Parameters<typeof createOrganisation>[0]) {
  const adminA = await person(db, "Ada Admin", "ada@a.test");
  const adminB = await person(db, "Bo Admin", "bo@b.test");
  const orgA = await createOrganisation(db, {
    userId: adminA.id,
    name: "Harbour",
    timeZone: "America/New_York",
    firstTeam: "Growth",
  });
  const orgB = await createOrganisation(db, { userId: adminB.id, name: "Other Co", timeZone: "UTC" });
  const [team] = await db.select().from(schema.teams).where(eq(schema.teams.organisationId, orgA.id));
  if (!team) throw new Error("team");
  const scopeA = { userId: adminA.id, organisationId: orgA.id };
  const invited = await createInvitation(
    db,
    scopeA,
    { email: "Newcomer@Example.test", teamId: team.id, orgRole: "member", teamRole: "employee" },
    NOW,
  );
  return { adminA, orgA, orgB, team, scopeA, token: invited.token };
}

async function expectGone(promise: Promise<unknown>, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe("gone");
  expect((error as AppError).message).toMatch(message);
}

describe("an invitation link signs the person in and joins them in one step", () => {
  test("a new address gets an account, the organisation, the team and a working session", async ({ db }) => {
    const { orgA, team, token } = await setUp(db);
    const signedIn = await startInvitationSession(db, token, new Date(NOW.getTime() + DAY));

    const session = await findValidSession(db, signedIn.sessionToken, new Date(NOW.getTime() + DAY));
    expect(session?.userId).toBe(signedIn.userId);
    const [user] = await db.select().from(schema.users).where(eq(schema.users.id, signedIn.userId));
    expect(user?.email).toBe("newcomer@example.test");
    expect(user?.emailVerified).not.toBeNull();
    // Not UTC: the organisation's zone until the person chooses their own.
    expect(user?.timeZone).toBe("America/New_York");
    expect(user?.profileConfirmedAt).toBeNull();
    expect((await listMemberships(db, signedIn.userId)).map((m) => m.organisationId)).toEqual([orgA.id]);
    const [place] = await db
      .select()
      .from(schema.teamMembers)
      .where(eq(schema.teamMembers.userId, signedIn.userId));
    expect(place).toMatchObject({ teamId: team.id, role: "employee" });
  });

  test("the link works once: a second press explains it was used and opens no session", async ({ db }) => {
    const { token } = await setUp(db);
    await startInvitationSession(db, token, NOW);
    const sessionsBefore = await db.select().from(schema.sessions);
    await expectGone(startInvitationSession(db, token, NOW), /already been used/);
    expect(await db.select().from(schema.sessions)).toHaveLength(sessionsBefore.length);
  });

  test("an expired link is refused and writes nothing", async ({ db }) => {
    const { token } = await setUp(db);
    await expectGone(startInvitationSession(db, token, new Date(NOW.getTime() + 15 * DAY)), /expired/);
    const users = await db.select().from(schema.users).where(eq(schema.users.email, "newcomer@example.test"));
    expect(users).toHaveLength(0);
    expect(await db.select().from(schema.sessions)).toHaveLength(0);
  });

  test("a resent invitation retires the old link", async ({ db }) => {
    const { token, scopeA } = await setUp(db);
    const [inv] = await db.select().from(schema.invitations);
    if (!inv) throw new Error("invitation");
    await renewInvitation(db, scopeA, inv.id, NOW);
    await expect(startInvitationSession(db, token, NOW)).rejects.toMatchObject({ kind: "not_found" });
  });

  test("it signs in only the invited address: an existing account for it is reused, nobody else's", async ({
    db,
  }) => {
    const { token } = await setUp(db);
    const existing = await person(db, "Nia Newcomer", "newcomer@example.test");
    const bystander = await person(db, "Eve Else", "eve@example.test");
    const signedIn = await startInvitationSession(db, token, NOW);
    expect(signedIn.userId).toBe(existing.id);
    expect(signedIn.userId).not.toBe(bystander.id);
    const [user] = await db.select().from(schema.users).where(eq(schema.users.id, existing.id));
    expect(user?.name).toBe("Nia Newcomer");
    expect(await listMemberships(db, bystander.id)).toEqual([]);
  });

  test("a signed-in person with another address cannot accept it", async ({ db }) => {
    const { token } = await setUp(db);
    const eve = await person(db, "Eve Else", "eve@example.test");
    await expect(
      acceptInvitation(db, { userId: eve.id, email: eve.email, token }, NOW),
    ).rejects.toMatchObject({ kind: "forbidden" });
    expect(await listMemberships(db, eve.id)).toEqual([]);
  });

  test("it joins only the organisation that sent it, never another one", async ({ db }) => {
    const { orgA, orgB, token } = await setUp(db);
    const signedIn = await startInvitationSession(db, token, NOW);
    const orgs = (await listMemberships(db, signedIn.userId)).map((m) => m.organisationId);
    expect(orgs).toEqual([orgA.id]);
    expect(orgs).not.toContain(orgB.id);
    const teamsOfB = await db
      .select({ id: schema.teams.id })
      .from(schema.teams)
      .where(eq(schema.teams.organisationId, orgB.id));
    const places = await db
      .select()
      .from(schema.teamMembers)
      .where(eq(schema.teamMembers.userId, signedIn.userId));
    expect(places.filter((p) => teamsOfB.some((t) => t.id === p.teamId))).toEqual([]);
  });

  describe("for a domain whose organisation requires company SSO", () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    test("the link does not sign the person in: they are sent to SSO, and the invitation stays usable", async ({
      db,
    }) => {
      vi.stubEnv("AUTH_OIDC_ISSUER", "https://login.example.test");
      vi.stubEnv("AUTH_OIDC_CLIENT_ID", "rapport");
      vi.stubEnv("AUTH_OIDC_CLIENT_SECRET", "a-client-secret");
      vi.stubEnv("AUTH_OIDC_NAME", "Harbour SSO");
      const { orgA, token } = await setUp(db);
      await db
        .insert(schema.organisationSsoDomains)
        .values({ organisationId: orgA.id, domain: "example.test", policy: "required" });
      const refused = await startInvitationSession(db, token, NOW).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).kind).toBe("forbidden");
      expect((refused as AppError).message).toMatch(/example\.test.*Harbour SSO/);
      expect(await db.select().from(schema.sessions)).toEqual([]);
      const [invitation] = await db.select().from(schema.invitations);
      expect(invitation?.acceptedAt).toBeNull();
      // A domain that only trusts the provider still lets the link sign the person in.
      await db
        .update(schema.organisationSsoDomains)
        .set({ policy: "authoritative" })
        .where(eq(schema.organisationSsoDomains.organisationId, orgA.id));
      expect((await startInvitationSession(db, token, NOW)).organisationId).toBe(orgA.id);
    });
  });
});
