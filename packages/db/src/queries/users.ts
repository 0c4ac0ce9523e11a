import { notFound } from "@rapport/domain";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { jsonOf, rowsOf } from "../migrate";
import { users } from "../schema";
import type { MembershipSummary } from "./organisations";

export async function getUser(db: Database, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound("Your account");
  return user;
}

export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return user;
}

/** Saves my name and zone; the first save also marks the "about you" step as done. */
export async function updateProfile(
  db: Database,
  userId: string,
  input: { name: string; timeZone: string; locale?: string },
) {
  const [user] = await db
    .update(users)
    .set({
      name: input.name,
      timeZone: input.timeZone,
      ...(input.locale ? { locale: input.locale } : {}),
      profileConfirmedAt: sql`coalesce(${users.profileConfirmedAt}, now())`,
    })
    .where(eq(users.id, userId))
    .returning();
  if (!user) throw notFound("Your account");
  return user;
}

export interface Myself {
  user: {
    id: string;
    name: string | null;
    email: string;
    timeZone: string;
    locale: string;
    profileConfirmed: boolean;
  };
  /** Oldest first, as `listMemberships`. */
  memberships: MembershipSummary[];
  /** My teams in every organisation I belong to, by name; the caller keeps the active organisation's. */
  teams: { organisationId: string; teamId: string; name: string; role: "employee" | "manager" }[];
  pendingInvitations: { id: string; organisationName: string; teamName: string | null }[];
}

/**
 * Who I am, where I belong and what invitations wait for me, in one statement: every signed-in page asks
 * for this, so it is one round trip instead of four.
 */
export async function readMyself(db: Database, userId: string, now = new Date()): Promise<Myself> {
  const result = await db.execute(sql`
    select u.id, u.name, u.email, u.time_zone as "timeZone", u.locale,
      u.profile_confirmed_at is not null as "profileConfirmed",
      coalesce((
        select json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'role', m.role)
          order by m.created_at, o.id)
        from memberships m join organisations o on o.id = m.organisation_id
        where m.user_id = u.id
      ), '[]'::json) as memberships,
      coalesce((
        select json_agg(json_build_object('organisationId', t.organisation_id, 'teamId', t.id, 'name', t.name,
          'role', tm.role) order by t.name, t.id)
        from team_members tm join teams t on t.id = tm.team_id
        where tm.user_id = u.id
      ), '[]'::json) as teams,
      coalesce((
        select json_agg(json_build_object('id', i.id, 'organisationName', o.name, 'teamName', t.name)
          order by i.created_at, i.id)
        from invitations i
        join organisations o on o.id = i.organisation_id
        left join teams t on t.id = i.team_id
        where i.email = lower(u.email) and i.accepted_at is null and i.revoked_at is null
          and i.expires_at > ${now.toISOString()}::timestamptz
      ), '[]'::json) as invitations
    from users u
    where u.id = ${userId}`);
  const [row] = rowsOf<Record<string, unknown>>(result);
  if (!row) throw notFound("Your account");
  return {
    user: {
      id: row.id as string,
      name: (row.name as string | null) ?? null,
      email: row.email as string,
      timeZone: row.timeZone as string,
      locale: row.locale as string,
      profileConfirmed: row.profileConfirmed === true,
    },
    memberships: jsonOf(row.memberships),
    teams: jsonOf(row.teams),
    pendingInvitations: jsonOf(row.invitations),
  };
}
