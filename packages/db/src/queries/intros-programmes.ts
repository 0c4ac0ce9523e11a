// Intros programmes and each person's part in them. Admins manage any programme of their
// organisation; a manager manages a programme whose teams are all teams they manage.
import { forbidden, invalid, notFound } from "@rapport/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { introParticipants, introProgrammes, memberships, teamMembers, teams } from "../schema";
import type { OrgScope } from "./scope";

export interface IntroProgrammeInput {
  name: string;
  /** Empty: the whole organisation. */
  teamIds: string[];
  mode: "cross-team" | "within-team";
  groupSize: 2 | 3;
  cadenceWeeks: 1 | 2 | 4;
  weekday: number;
  active: boolean;
}

type OrgRole = "admin" | "member";

async function managedTeamIds(db: Database, scope: OrgScope): Promise<Set<string>> {
  const rows = await db
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(
      and(
        eq(teamMembers.userId, scope.userId),
        eq(teamMembers.role, "manager"),
        eq(teams.organisationId, scope.organisationId),
      ),
    );
  return new Set(rows.map((r) => r.teamId));
}

function manages(role: OrgRole, managed: Set<string>, teamIds: readonly string[]) {
  return role === "admin" || (teamIds.length > 0 && teamIds.every((t) => managed.has(t)));
}

/** A programme of the caller's organisation that they may manage; NOT_FOUND otherwise (no hint it exists). */
export async function getManagedProgramme(db: Database, scope: OrgScope, role: OrgRole, programmeId: string) {
  const [row] = await db
    .select()
    .from(introProgrammes)
    .where(
      and(eq(introProgrammes.id, programmeId), eq(introProgrammes.organisationId, scope.organisationId)),
    );
  if (!row) throw notFound("That intros programme");
  if (!manages(role, await managedTeamIds(db, scope), row.teamIds)) {
    throw forbidden("Only an admin or the managers of this programme's teams can do this.");
  }
  return row;
}

/** Creates or changes a programme; the teams must be the organisation's and, for a manager, their own. */
export async function saveIntroProgramme(
  db: Database,
  scope: OrgScope,
  role: OrgRole,
  input: IntroProgrammeInput & { programmeId?: string },
) {
  const teamIds = [...new Set(input.teamIds)].sort();
  if (teamIds.length > 0) {
    const found = await db
      .select({ id: teams.id })
      .from(teams)
      .where(and(inArray(teams.id, teamIds), eq(teams.organisationId, scope.organisationId)));
    if (found.length !== teamIds.length) throw invalid("Choose teams of your organisation.", "teamIds");
  }
  if (!manages(role, await managedTeamIds(db, scope), teamIds)) {
    throw forbidden(
      teamIds.length === 0
        ? "Only admins can start a programme for the whole organisation."
        : "Managers can start programmes for the teams they manage.",
    );
  }
  const values = {
    name: input.name.trim(),
    teamIds,
    mode: input.mode,
    groupSize: input.groupSize,
    cadenceWeeks: input.cadenceWeeks,
    weekday: input.weekday,
    active: input.active,
  };
  if (input.programmeId) {
    await getManagedProgramme(db, scope, role, input.programmeId);
    const [row] = await db
      .update(introProgrammes)
      .set(values)
      .where(eq(introProgrammes.id, input.programmeId))
      .returning();
    return row as typeof introProgrammes.$inferSelect;
  }
  const [row] = await db
    .insert(introProgrammes)
    .values({ ...values, organisationId: scope.organisationId, createdBy: scope.userId })
    .returning();
  return row as typeof introProgrammes.$inferSelect;
}

/** The programmes the caller manages, with how many people have joined each. */
export async function listManagedProgrammes(db: Database, scope: OrgScope, role: OrgRole) {
  const managed = await managedTeamIds(db, scope);
  const rows = await db
    .select({
      programme: introProgrammes,
      participants: sql<number>`(select count(*)::int from ${introParticipants} p where p.programme_id = ${introProgrammes.id} and p.joined)`,
    })
    .from(introProgrammes)
    .where(eq(introProgrammes.organisationId, scope.organisationId))
    .orderBy(introProgrammes.createdAt);
  return rows
    .filter((r) => manages(role, managed, r.programme.teamIds))
    .map((r) => ({ ...r.programme, participants: Number(r.participants) }));
}

/** Whether the caller may join: an active programme of their organisation for everyone or one of their teams. */
async function openProgramme(db: Database, scope: OrgScope, programmeId: string) {
  const [row] = await db
    .select()
    .from(introProgrammes)
    .where(
      and(eq(introProgrammes.id, programmeId), eq(introProgrammes.organisationId, scope.organisationId)),
    );
  if (!row) throw notFound("That intros programme");
  if (row.teamIds.length > 0) {
    const mine = await db
      .select({ teamId: teamMembers.teamId })
      .from(teamMembers)
      .where(and(eq(teamMembers.userId, scope.userId), inArray(teamMembers.teamId, row.teamIds)));
    if (mine.length === 0) throw notFound("That intros programme");
  }
  return row;
}

/** Programmes open to the caller, with their own settings (never anyone else's). */
export async function listMyProgrammes(db: Database, scope: OrgScope) {
  const myTeams = (
    await db
      .select({ teamId: teamMembers.teamId })
      .from(teamMembers)
      .where(eq(teamMembers.userId, scope.userId))
  ).map((r) => r.teamId);
  const rows = await db
    .select({ programme: introProgrammes, me: introParticipants })
    .from(introProgrammes)
    .leftJoin(
      introParticipants,
      and(eq(introParticipants.programmeId, introProgrammes.id), eq(introParticipants.userId, scope.userId)),
    )
    .where(and(eq(introProgrammes.organisationId, scope.organisationId), eq(introProgrammes.active, true)))
    .orderBy(introProgrammes.createdAt);
  return rows
    .filter((r) => r.programme.teamIds.length === 0 || r.programme.teamIds.some((t) => myTeams.includes(t)))
    .map(({ programme: p, me }) => ({
      id: p.id,
      name: p.name,
      mode: p.mode,
      groupSize: p.groupSize,
      cadenceWeeks: p.cadenceWeeks,
      weekday: p.weekday,
      joined: me?.joined ?? false,
      awayUntil: me?.awayUntil ?? null,
      doNotPair: me?.doNotPair ?? [],
      interests: me?.interests ?? [],
      offers: me?.offers ?? [],
    }));
}

export interface IntroParticipationInput {
  programmeId: string;
  joined: boolean;
  awayUntil: string | null;
  doNotPair: string[];
  interests: string[];
  offers: string[];
}

/** Saves the caller's own choices; the don't-pair list may only name people of their organisation. */
export async function saveIntroParticipation(db: Database, scope: OrgScope, input: IntroParticipationInput) {
  await openProgramme(db, scope, input.programmeId);
  const doNotPair = [...new Set(input.doNotPair)].filter((id) => id !== scope.userId);
  if (doNotPair.length > 0) {
    const found = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(eq(memberships.organisationId, scope.organisationId), inArray(memberships.userId, doNotPair)),
      );
    if (found.length !== doNotPair.length) throw invalid("Choose people of your organisation.", "doNotPair");
  }
  const clean = (list: string[]) =>
    [...new Set(list.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))].slice(0, 20);
  const values = {
    joined: input.joined,
    awayUntil: input.awayUntil,
    doNotPair,
    interests: clean(input.interests),
    offers: clean(input.offers),
  };
  const [row] = await db
    .insert(introParticipants)
    .values({ ...values, programmeId: input.programmeId, userId: scope.userId })
    .onConflictDoUpdate({ target: [introParticipants.programmeId, introParticipants.userId], set: values })
    .returning();
  return row as typeof introParticipants.$inferSelect;
}
