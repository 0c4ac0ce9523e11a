// The command palette's search: a few of each kind of record the caller may open, by words typed.
// Each branch applies the same rule as the page it links to: contacts are the owner's alone, events
// the caller's teams' (every team for an admin), goals their own or a teammate's shared ones, team
// goals their teams', and team dashboards only the teams they manage (every team for an admin).
import { and, asc, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { contacts, events, goals, teamGoals, teamMembers, teams } from "../schema";
import { ownedBy, searchQueryOf } from "./contact-scope";
import { eventAccess } from "./event-access";
import type { OrgScope } from "./scope";

export interface SearchHit {
  kind: "person" | "event" | "goal" | "team";
  id: string;
  title: string;
  /** A short second line: company, team, date or status. */
  detail: string | null;
  href: string;
}

/** `%words%` for ILIKE, with the pattern characters typed by the person taken literally. */
function containsPattern(typed: string) {
  return `%${typed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

async function searchPeople(
  db: Database,
  scope: OrgScope,
  typed: string,
  limit: number,
): Promise<SearchHit[]> {
  const query = searchQueryOf(typed);
  if (!query) return [];
  const rows = await db
    .select({ id: contacts.id, name: contacts.name, company: contacts.company })
    .from(contacts)
    .where(
      and(
        ownedBy(contacts, scope),
        sql`to_tsvector('simple'::regconfig, ${contacts.searchText}) @@ to_tsquery('simple'::regconfig, ${query})`,
      ),
    )
    .orderBy(sql`lower(${contacts.name})`, asc(contacts.id))
    .limit(limit);
  return rows.map((r) => ({
    kind: "person",
    id: r.id,
    title: r.name,
    detail: r.company,
    href: `/people/${r.id}`,
  }));
}

async function searchEvents(
  db: Database,
  scope: OrgScope,
  teamIds: string[],
  typed: string,
  limit: number,
  now: Date,
): Promise<SearchHit[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .select({ id: events.id, title: events.title, startsAt: events.startsAt, teamName: teams.name })
    .from(events)
    .innerJoin(teams, eq(teams.id, events.teamId))
    .where(
      and(
        eq(events.organisationId, scope.organisationId),
        inArray(events.teamId, teamIds),
        ilike(events.title, containsPattern(typed)),
      ),
    )
    // Coming events first (soonest first), then past ones (latest first).
    .orderBy(
      sql`(${events.endsAt} < ${now.toISOString()}::timestamptz)`,
      sql`case when ${events.endsAt} >= ${now.toISOString()}::timestamptz then ${events.startsAt} end asc`,
      desc(events.startsAt),
    )
    .limit(limit);
  return rows.map((r) => ({
    kind: "event",
    id: r.id,
    title: r.title,
    detail: r.teamName,
    href: `/events/${r.id}`,
  }));
}

async function searchGoals(
  db: Database,
  scope: OrgScope,
  memberTeamIds: string[],
  typed: string,
  limit: number,
): Promise<SearchHit[]> {
  const pattern = containsPattern(typed);
  const teammates = sql`select other.user_id from ${teamMembers} mine
    join ${teamMembers} other on other.team_id = mine.team_id
    join ${teams} t on t.id = mine.team_id
    where mine.user_id = ${scope.userId} and t.organisation_id = ${scope.organisationId}`;
  const [own, shared] = await Promise.all([
    db
      .select({ id: goals.id, title: goals.title, status: goals.status, userId: goals.userId })
      .from(goals)
      .where(
        and(
          eq(goals.organisationId, scope.organisationId),
          ilike(goals.title, pattern),
          or(
            eq(goals.userId, scope.userId),
            and(eq(goals.visibility, "team"), sql`${goals.userId} in (${teammates})`),
          ),
        ),
      )
      .orderBy(sql`(${goals.userId} <> ${scope.userId})`, asc(goals.status), desc(goals.createdAt))
      .limit(limit),
    memberTeamIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ id: teamGoals.id, title: teamGoals.title, teamName: teams.name })
          .from(teamGoals)
          .innerJoin(teams, eq(teams.id, teamGoals.teamId))
          .where(
            and(
              eq(teamGoals.organisationId, scope.organisationId),
              inArray(teamGoals.teamId, memberTeamIds),
              ilike(teamGoals.title, pattern),
            ),
          )
          .orderBy(asc(teamGoals.status), asc(teamGoals.dueDate))
          .limit(limit),
  ]);
  const hits: SearchHit[] = [
    ...own.map((g) => ({
      kind: "goal" as const,
      id: g.id,
      title: g.title,
      detail:
        g.userId === scope.userId
          ? g.status === "active"
            ? "Your goal"
            : `Your goal, ${g.status}`
          : "Shared by a teammate",
      href: `/goals/${g.id}`,
    })),
    ...shared.map((g) => ({
      kind: "goal" as const,
      id: g.id,
      title: g.title,
      detail: `Team goal, ${g.teamName}`,
      href: `/goals/team/${g.id}`,
    })),
  ];
  return hits.slice(0, limit);
}

async function searchTeams(
  db: Database,
  scope: OrgScope,
  dashboardTeamIds: string[],
  typed: string,
  limit: number,
): Promise<SearchHit[]> {
  if (dashboardTeamIds.length === 0) return [];
  const rows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(
      and(
        eq(teams.organisationId, scope.organisationId),
        inArray(teams.id, dashboardTeamIds),
        ilike(teams.name, containsPattern(typed)),
      ),
    )
    .orderBy(asc(teams.name))
    .limit(limit);
  return rows.map((r) => ({
    kind: "team",
    id: r.id,
    title: r.name,
    detail: "Team dashboard",
    href: `/team/${r.id}`,
  }));
}

/**
 * Up to `limit` people, events, goals and team dashboards each whose name holds the typed words,
 * among what the caller may open. Nothing is searched for fewer than one letter or digit.
 */
export async function searchEverything(
  db: Database,
  scope: OrgScope,
  typed: string,
  limit = 5,
  now = new Date(),
): Promise<SearchHit[]> {
  const text = typed.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const access = await eventAccess(db, scope);
  const dashboardTeamIds = access.isAdmin ? access.teamIds : access.managerTeamIds;
  const groups = await Promise.all([
    searchPeople(db, scope, text, limit),
    searchEvents(db, scope, access.teamIds, text, limit, now),
    searchGoals(db, scope, access.memberTeamIds, text, limit),
    searchTeams(db, scope, dashboardTeamIds, text, limit),
  ]);
  return groups.flat();
}
