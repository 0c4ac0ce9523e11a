import { and, asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { memberships, teamMembers, teams, users } from "../schema";
import { searchQueryOf } from "./contact-scope";
import type { OrgScope } from "./scope";

const DIRECTORY_PAGE_SIZE = 25;

export interface DirectoryQuery {
  /** Words matched as prefixes against the name, the address and the names of the person's teams. */
  search?: string;
  role?: "admin" | "member";
  /** A team of the organisation, or "none" for people in no team. */
  team?: string;
  /** 1-based. */
  page: number;
}

/**
 * The words of a person's name and address. Identical to the expression of users_directory_search_idx
 * (schema/users.ts), so Postgres and PGlite can answer a search from that index.
 */
const directorySearchDocument = sql`to_tsvector('simple'::regconfig, regexp_replace(lower(coalesce(${users.name}, '') || ' ' || ${users.email}), '[^[:alnum:]]+', ' ', 'g'))`;

function directoryFilter(scope: OrgScope, query: DirectoryQuery): SQL {
  const conditions: SQL[] = [eq(memberships.organisationId, scope.organisationId)];
  if (query.role) conditions.push(eq(memberships.role, query.role));
  if (query.team === "none") {
    conditions.push(
      sql`not exists (select 1 from team_members tm join teams t on t.id = tm.team_id
        where tm.user_id = ${memberships.userId} and t.organisation_id = ${scope.organisationId})`,
    );
  } else if (query.team) {
    // The team must be this organisation's: another organisation's team id simply matches nobody.
    conditions.push(
      sql`exists (select 1 from team_members tm join teams t on t.id = tm.team_id
        where tm.user_id = ${memberships.userId} and tm.team_id = ${query.team} and t.organisation_id = ${scope.organisationId})`,
    );
  }
  const words = query.search ? searchQueryOf(query.search) : null;
  if (words) {
    // Two set lookups rather than a per-row test: the people whose name or address matches (found
    // through the GIN index), and the members of teams whose name matches.
    conditions.push(
      sql`(${memberships.userId} in (select ${users.id} from ${users}
            where ${directorySearchDocument} @@ to_tsquery('simple'::regconfig, ${words}))
        or ${memberships.userId} in (select tm.user_id from team_members tm join teams t on t.id = tm.team_id
            where t.organisation_id = ${scope.organisationId}
              and to_tsvector('simple'::regconfig, t.name) @@ to_tsquery('simple'::regconfig, ${words})))`,
    );
  }
  return and(...conditions) as SQL;
}

/**
 * One page of the organisation's people, by name, with their teams. Searching, filtering, counting and
 * paging all happen in the database, so the cost of a page does not grow with the organisation.
 */
export async function listDirectory(db: Database, scope: OrgScope, query: DirectoryQuery) {
  const where = directoryFilter(scope, query);
  const [people, [matching], [everyone]] = await Promise.all([
    db
      .select({
        userId: users.id,
        name: users.name,
        email: users.email,
        role: memberships.role,
        joinedAt: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(where)
      .orderBy(asc(sql`lower(coalesce(${users.name}, ${users.email}))`), asc(users.id))
      .limit(DIRECTORY_PAGE_SIZE)
      .offset((query.page - 1) * DIRECTORY_PAGE_SIZE),
    db
      .select({ total: count() })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(where),
    db
      .select({ total: count() })
      .from(memberships)
      .where(eq(memberships.organisationId, scope.organisationId)),
  ]);
  const placements =
    people.length === 0
      ? []
      : await db
          .select({
            userId: teamMembers.userId,
            teamId: teams.id,
            teamName: teams.name,
            role: teamMembers.role,
          })
          .from(teamMembers)
          .innerJoin(teams, eq(teams.id, teamMembers.teamId))
          .where(
            and(
              eq(teams.organisationId, scope.organisationId),
              inArray(
                teamMembers.userId,
                people.map((person) => person.userId),
              ),
            ),
          )
          .orderBy(asc(teams.name));
  const total = matching?.total ?? 0;
  return {
    people: people.map((person) => ({
      ...person,
      teams: placements
        .filter((placement) => placement.userId === person.userId)
        .map(({ teamId, teamName, role }) => ({ teamId, teamName, role })),
    })),
    total,
    everyone: everyone?.total ?? 0,
    page: query.page,
    pageSize: DIRECTORY_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
  };
}
