import { AppError, conflict, notFound, slugify } from "@rapport/domain";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { memberships, organisations, teamMembers, teams, users } from "../schema";
import type { OrgScope } from "./scope";

export interface MembershipSummary {
  organisationId: string;
  organisationName: string;
  role: "admin" | "member";
}

/** The organisations a person belongs to, oldest first. */
export async function listMemberships(db: Database, userId: string): Promise<MembershipSummary[]> {
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
}

/** A person's role in one organisation, read fresh on every request so a change applies at once. */
export async function findMembership(db: Database, userId: string, organisationId: string) {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return row;
}

/** The teams a person belongs to in an organisation, with their role in each. */
export async function listMyTeams(db: Database, scope: OrgScope) {
  return db
    .select({ teamId: teams.id, name: teams.name, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.userId, scope.userId), eq(teams.organisationId, scope.organisationId)))
    .orderBy(asc(teams.name));
}

/** Creates an organisation with its creator as admin, in one transaction. */
export async function createOrganisation(
  db: Database,
  input: { userId: string; name: string; timeZone: string; firstTeam?: string },
) {
  return db.transaction(async (tx) => {
    const base = slugify(input.name);
    const [{ taken } = { taken: 0 }] = await tx
      .select({ taken: count() })
      .from(organisations)
      .where(sql`${organisations.slug} = ${base} or ${organisations.slug} like ${`${base}-%`}`);
    const slug = taken === 0 ? base : `${base}-${taken + 1}`;
    const [org] = await tx
      .insert(organisations)
      .values({ name: input.name, slug, timeZone: input.timeZone })
      .returning();
    if (!org) throw new AppError("conflict", "The organisation could not be created.");
    await tx.insert(memberships).values({ organisationId: org.id, userId: input.userId, role: "admin" });
    if (input.firstTeam) {
      const [team] = await tx
        .insert(teams)
        .values({ organisationId: org.id, name: input.firstTeam })
        .returning();
      if (team)
        await tx.insert(teamMembers).values({ teamId: team.id, userId: input.userId, role: "manager" });
    }
    return org;
  });
}

export async function getOrganisation(db: Database, scope: OrgScope) {
  const org = await db.query.organisations.findFirst({ where: eq(organisations.id, scope.organisationId) });
  if (!org) throw notFound("The organisation");
  return org;
}

export async function updateOrganisation(
  db: Database,
  scope: OrgScope,
  input: { name: string; timeZone: string; digestDay: number; digestHour: number },
) {
  const [org] = await db
    .update(organisations)
    .set({ ...input, digestChosenAt: sql`coalesce(${organisations.digestChosenAt}, now())` })
    .where(eq(organisations.id, scope.organisationId))
    .returning();
  if (!org) throw notFound("The organisation");
  return org;
}

/** Teams of the organisation with how many people and managers each has. */
export async function listTeams(db: Database, scope: OrgScope) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      members: sql<number>`count(${teamMembers.id})::int`,
      managers: sql<number>`count(${teamMembers.id}) filter (where ${teamMembers.role} = 'manager')::int`,
    })
    .from(teams)
    .leftJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .where(eq(teams.organisationId, scope.organisationId))
    .groupBy(teams.id)
    .orderBy(asc(teams.name));
}

/** A team of the caller's organisation; another organisation's team is "not found". */
export async function getTeam(db: Database, scope: OrgScope, teamId: string) {
  const [team] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organisationId, scope.organisationId)));
  if (!team) throw notFound("The team");
  return team;
}

async function assertTeamNameFree(db: Database, scope: OrgScope, name: string, exceptId?: string) {
  const [clash] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organisationId, scope.organisationId), sql`lower(${teams.name}) = lower(${name})`));
  if (clash && clash.id !== exceptId) throw conflict(`There is already a team called "${name}".`, "name");
}

export async function createTeam(db: Database, scope: OrgScope, name: string) {
  await assertTeamNameFree(db, scope, name);
  const [team] = await db.insert(teams).values({ organisationId: scope.organisationId, name }).returning();
  if (!team) throw conflict("The team could not be created.");
  return team;
}

export async function renameTeam(db: Database, scope: OrgScope, teamId: string, name: string) {
  await getTeam(db, scope, teamId);
  await assertTeamNameFree(db, scope, name, teamId);
  const [team] = await db.update(teams).set({ name }).where(eq(teams.id, teamId)).returning();
  return team;
}

export async function deleteTeam(db: Database, scope: OrgScope, teamId: string) {
  await getTeam(db, scope, teamId);
  await db.delete(teams).where(eq(teams.id, teamId));
}

async function assertMember(db: Database, scope: OrgScope, userId: string) {
  const membership = await findMembership(db, userId, scope.organisationId);
  if (!membership) throw notFound("That person");
  return membership;
}

/** Makes someone an admin or a member. The last admin cannot step down, or nobody could manage the organisation. */
export async function setOrgRole(db: Database, scope: OrgScope, userId: string, role: "admin" | "member") {
  return db.transaction(async (tx) => {
    const current = await assertMember(tx, scope, userId);
    if (current.role === "admin" && role === "member") {
      const [{ admins } = { admins: 0 }] = await tx
        .select({ admins: count() })
        .from(memberships)
        .where(and(eq(memberships.organisationId, scope.organisationId), eq(memberships.role, "admin")));
      if (admins <= 1)
        throw conflict("An organisation needs at least one admin. Make someone else admin first.");
    }
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.organisationId, scope.organisationId), eq(memberships.userId, userId)));
  });
}

/** Puts a person in a team (or changes their role there). */
export async function placeInTeam(
  db: Database,
  scope: OrgScope,
  input: { userId: string; teamId: string; role: "employee" | "manager" },
) {
  await getTeam(db, scope, input.teamId);
  await assertMember(db, scope, input.userId);
  await db
    .insert(teamMembers)
    .values(input)
    .onConflictDoUpdate({ target: [teamMembers.teamId, teamMembers.userId], set: { role: input.role } });
}

export async function removeFromTeam(
  db: Database,
  scope: OrgScope,
  input: { userId: string; teamId: string },
) {
  await getTeam(db, scope, input.teamId);
  await db
    .delete(teamMembers)
    .where(and(eq(teamMembers.teamId, input.teamId), eq(teamMembers.userId, input.userId)));
}

/** Removes a person from the organisation and its teams. Their own records stay theirs. */
export async function removeMember(db: Database, scope: OrgScope, userId: string) {
  return db.transaction(async (tx) => {
    const membership = await assertMember(tx, scope, userId);
    if (membership.role === "admin") {
      const [{ admins } = { admins: 0 }] = await tx
        .select({ admins: count() })
        .from(memberships)
        .where(and(eq(memberships.organisationId, scope.organisationId), eq(memberships.role, "admin")));
      if (admins <= 1) throw conflict("The last admin cannot be removed.");
    }
    await tx
      .delete(teamMembers)
      .where(
        and(
          eq(teamMembers.userId, userId),
          sql`${teamMembers.teamId} in (select id from teams where organisation_id = ${scope.organisationId})`,
        ),
      );
    await tx
      .delete(memberships)
      .where(and(eq(memberships.organisationId, scope.organisationId), eq(memberships.userId, userId)));
  });
}

/** The caller's role in a team of their organisation, or undefined. */
export async function findTeamRole(db: Database, scope: OrgScope, teamId: string) {
  const [row] = await db
    .select({ role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(
      and(
        eq(teamMembers.teamId, teamId),
        eq(teamMembers.userId, scope.userId),
        eq(teams.organisationId, scope.organisationId),
      ),
    );
  return row?.role;
}

/** A team's people and their roles in it (names and emails; nothing they keep privately). */
export async function listTeamRoster(db: Database, scope: OrgScope, teamId: string) {
  await getTeam(db, scope, teamId);
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(eq(teamMembers.teamId, teamId))
    .orderBy(asc(sql`coalesce(${users.name}, ${users.email})`));
}
