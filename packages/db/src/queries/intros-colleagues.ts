// Colleagues a person can put on their private "please don't pair me with" list: names (and teams)
// of their own organisation's members who could be in the same programme. Never emails, never
// whether someone has joined.
import { and, asc, eq, exists, ilike, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { introProgrammes, memberships, teamMembers, teams, users } from "../schema";
import type { OrgScope } from "./scope";

export interface IntroColleagueChoice {
  userId: string;
  name: string;
  teams: string[];
}

/** `%` and `_` typed by a person mean themselves, not wildcards. */
function likePattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Up to `limit` colleagues whose name matches `q`, plus the people named by `ids` (the caller's own
 * list), all within the caller's organisation and the programme's teams when it has some.
 */
export async function introColleagues(
  db: Database,
  scope: OrgScope,
  input: { programmeId: string; q: string; ids: string[] },
  limit = 8,
) {
  const [programme] = await db
    .select({ teamIds: introProgrammes.teamIds })
    .from(introProgrammes)
    .where(
      and(
        eq(introProgrammes.id, input.programmeId),
        eq(introProgrammes.organisationId, scope.organisationId),
      ),
    );
  if (!programme) return { matches: [], chosen: [] };
  const inProgrammeTeams =
    programme.teamIds.length === 0
      ? undefined
      : exists(
          db
            .select({ one: sql`1` })
            .from(teamMembers)
            .where(and(eq(teamMembers.userId, users.id), inArray(teamMembers.teamId, programme.teamIds))),
        );
  const base = and(eq(memberships.organisationId, scope.organisationId), ne(users.id, scope.userId));
  const select = () =>
    db
      .select({ userId: users.id, name: users.name, email: users.email })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id));
  const q = input.q.trim();
  const matches =
    q.length === 0
      ? []
      : await select()
          .where(and(base, inProgrammeTeams, ilike(users.name, likePattern(q))))
          .orderBy(asc(users.name))
          .limit(limit);
  const chosen = input.ids.length === 0 ? [] : await select().where(and(base, inArray(users.id, input.ids)));
  const everyone = [...matches, ...chosen];
  const teamRows =
    everyone.length === 0
      ? []
      : await db
          .select({ userId: teamMembers.userId, name: teams.name })
          .from(teamMembers)
          .innerJoin(teams, eq(teams.id, teamMembers.teamId))
          .where(
            and(
              eq(teams.organisationId, scope.organisationId),
              inArray(
                teamMembers.userId,
                everyone.map((p) => p.userId),
              ),
            ),
          )
          .orderBy(asc(teams.name));
  const shape = (p: { userId: string; name: string | null; email: string }): IntroColleagueChoice => ({
    userId: p.userId,
    // A person without a name is shown by the part of their address before the @, never the address.
    name: p.name ?? p.email.split("@")[0] ?? "A colleague",
    teams: teamRows.filter((t) => t.userId === p.userId).map((t) => t.name),
  });
  return { matches: matches.map(shape), chosen: chosen.map(shape) };
}
