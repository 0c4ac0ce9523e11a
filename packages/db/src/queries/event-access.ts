import { notFound } from "@rapport/domain";
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { events, memberships, teamMembers, teams } from "../schema";
import type { OrgScope } from "./scope";

export interface EventAccess {
  isAdmin: boolean;
  /** Teams whose events the caller sees: their own teams, or every team of the organisation for an admin. */
  teamIds: string[];
  /** Teams the caller belongs to (where they can add events and be counted as going). */
  memberTeamIds: string[];
  managerTeamIds: string[];
}

/** What the caller may see and change among events, read fresh from the database. */
export async function eventAccess(db: Database, scope: OrgScope): Promise<EventAccess> {
  const [membership] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, scope.userId), eq(memberships.organisationId, scope.organisationId)));
  const mine = await db
    .select({ teamId: teamMembers.teamId, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.userId, scope.userId), eq(teams.organisationId, scope.organisationId)));
  const isAdmin = membership?.role === "admin";
  const memberTeamIds = mine.map((m) => m.teamId);
  const teamIds = isAdmin
    ? (
        await db.select({ id: teams.id }).from(teams).where(eq(teams.organisationId, scope.organisationId))
      ).map((t) => t.id)
    : memberTeamIds;
  return {
    isAdmin,
    teamIds,
    memberTeamIds,
    managerTeamIds: mine.filter((m) => m.role === "manager").map((m) => m.teamId),
  };
}

/** A team the caller may add events or calendars to; anything else is "not found". */
export async function requireEventTeam(db: Database, scope: OrgScope, teamId: string) {
  const access = await eventAccess(db, scope);
  if (!access.teamIds.includes(teamId)) throw notFound("The team");
  return access;
}

export function canEditEvent(
  access: EventAccess,
  event: { teamId: string; createdBy: string | null },
  userId: string,
): boolean {
  return access.isAdmin || event.createdBy === userId || access.managerTeamIds.includes(event.teamId);
}

/** An event the caller can see (their team's, or any in the organisation for an admin), else "not found". */
export async function findVisibleEvent(db: Database, scope: OrgScope, eventId: string) {
  const [event] = await db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.organisationId, scope.organisationId)));
  if (!event) throw notFound("The event");
  const access = await eventAccess(db, scope);
  if (!access.teamIds.includes(event.teamId)) throw notFound("The event");
  return { event, access };
}
