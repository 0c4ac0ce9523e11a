import { createHash, randomBytes } from "node:crypto";
import { notFound } from "@rapport/domain";
import { and, asc, eq, gte } from "drizzle-orm";
import type { Database } from "../client";
import { calendarFeeds, events, memberships, organisations, teams, users } from "../schema";
import { eventAccess, requireEventTeam } from "./event-access";
import { myGoingEvents } from "./events";
import type { OrgScope } from "./scope";

export const hashFeedToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** How far back a feed reaches: recent past events stay visible in calendars for a while. */
const FEED_PAST_DAYS = 90;

/** The caller's feeds (never their tokens: only hashes are kept). */
export async function listCalendarFeeds(db: Database, scope: OrgScope) {
  return db
    .select({
      id: calendarFeeds.id,
      kind: calendarFeeds.kind,
      teamId: calendarFeeds.teamId,
      teamName: teams.name,
      createdAt: calendarFeeds.createdAt,
      updatedAt: calendarFeeds.updatedAt,
      lastUsedAt: calendarFeeds.lastUsedAt,
    })
    .from(calendarFeeds)
    .leftJoin(teams, eq(teams.id, calendarFeeds.teamId))
    .where(
      and(eq(calendarFeeds.organisationId, scope.organisationId), eq(calendarFeeds.userId, scope.userId)),
    )
    .orderBy(asc(calendarFeeds.kind), asc(teams.name));
}

/**
 * Issues a secret link to a feed, replacing any earlier link to the same feed (which stops working at once).
 * Returns the token; it is shown once and cannot be read back.
 */
export async function issueCalendarFeed(
  db: Database,
  scope: OrgScope,
  input: { kind: "team"; teamId: string } | { kind: "mine" },
) {
  if (input.kind === "team") await requireEventTeam(db, scope, input.teamId);
  const token = randomBytes(24).toString("base64url");
  const tokenHash = hashFeedToken(token);
  const teamId = input.kind === "team" ? input.teamId : null;
  const [feed] = await db
    .insert(calendarFeeds)
    .values({
      organisationId: scope.organisationId,
      userId: scope.userId,
      kind: input.kind,
      teamId,
      scopeKey: teamId ?? "mine",
      tokenHash,
    })
    .onConflictDoUpdate({
      target: [calendarFeeds.organisationId, calendarFeeds.userId, calendarFeeds.scopeKey],
      set: { tokenHash, updatedAt: new Date(), lastUsedAt: null },
    })
    .returning();
  if (!feed) throw notFound("The feed");
  return { feed, token };
}

export async function revokeCalendarFeed(db: Database, scope: OrgScope, feedId: string) {
  const [feed] = await db
    .delete(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.id, feedId),
        eq(calendarFeeds.organisationId, scope.organisationId),
        eq(calendarFeeds.userId, scope.userId),
      ),
    )
    .returning();
  if (!feed) throw notFound("The feed");
}

/**
 * What a feed URL serves, found by its token. The owner must still belong to the organisation (and, for a
 * team feed, still see the team): a person who left stops receiving the team's events.
 */
export async function calendarFeedByToken(db: Database, token: string, now = new Date()) {
  if (!token || token.length > 100) return null;
  const [feed] = await db
    .select({
      feed: calendarFeeds,
      userName: users.name,
      organisationName: organisations.name,
      teamName: teams.name,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .innerJoin(organisations, eq(organisations.id, calendarFeeds.organisationId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, calendarFeeds.userId),
        eq(memberships.organisationId, calendarFeeds.organisationId),
      ),
    )
    .leftJoin(teams, eq(teams.id, calendarFeeds.teamId))
    .where(eq(calendarFeeds.tokenHash, hashFeedToken(token)));
  if (!feed) return null;
  const scope: OrgScope = { userId: feed.feed.userId, organisationId: feed.feed.organisationId };
  const since = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000);
  let rows: (typeof events.$inferSelect)[];
  if (feed.feed.kind === "team") {
    const access = await eventAccess(db, scope);
    const teamId = feed.feed.teamId;
    if (!teamId || !access.teamIds.includes(teamId)) return null;
    rows = await db
      .select()
      .from(events)
      .where(and(eq(events.teamId, teamId), gte(events.endsAt, since)))
      .orderBy(asc(events.startsAt))
      .limit(2000);
  } else {
    rows = (await myGoingEvents(db, scope)).filter((e) => e.endsAt >= since);
  }
  // Record use at most hourly, so a subscribed calendar's polling does not write on every read.
  const lastUsed = feed.feed.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - lastUsed > 3_600_000) {
    await db.update(calendarFeeds).set({ lastUsedAt: now }).where(eq(calendarFeeds.id, feed.feed.id));
  }
  return {
    kind: feed.feed.kind,
    userId: feed.feed.userId,
    organisationId: feed.feed.organisationId,
    name:
      feed.feed.kind === "team"
        ? `${feed.teamName ?? "Team"} events · ${feed.organisationName}`
        : `${feed.userName ?? "My"} networking · ${feed.organisationName}`,
    events: rows,
  };
}
