// Rounds of an intros programme: planning one (idempotent per programme and date), each person's
// own intro and check-in, and the aggregates a programme's owners see.
import { invalid } from "@rapport/domain";
import { SMALL_GROUP_MIN } from "@rapport/domain/dashboard";
import { type IntroParticipant, matchRound, pairReasons, REPEAT_WINDOW_ROUNDS } from "@rapport/domain/intros";
import { localDate } from "@rapport/domain/time";
import { and, desc, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import type { Database } from "../client";
import {
  eventRsvps,
  events,
  goals,
  introGroupMembers,
  introGroups,
  introParticipants,
  introProgrammes,
  introRounds,
  memberships,
  organisations,
  teamMembers,
} from "../schema";
import { getManagedProgramme } from "./intros-programmes";
import { introGroupSlot } from "./intros-slots";
import type { OrgScope } from "./scope";

/** Topics a goal asks for, read from its title ("find a mentor" asks for mentoring). */
function goalSeeks(title: string): string[] {
  return /\bmentor/i.test(title) ? ["mentoring"] : [];
}

async function roundParticipants(
  db: Database,
  programme: typeof introProgrammes.$inferSelect,
  roundOn: string,
) {
  const rows = await db
    .select({ p: introParticipants })
    .from(introParticipants)
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, introParticipants.userId),
        eq(memberships.organisationId, programme.organisationId),
      ),
    )
    .where(
      and(
        eq(introParticipants.programmeId, programme.id),
        eq(introParticipants.joined, true),
        or(isNull(introParticipants.awayUntil), lte(introParticipants.awayUntil, roundOn)),
      ),
    );
  const ids = rows.map((r) => r.p.userId);
  if (ids.length === 0) return [];
  const teamRows = await db
    .select({ userId: teamMembers.userId, teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(inArray(teamMembers.userId, ids))
    .orderBy(teamMembers.createdAt);
  const since = new Date(Date.now() - 90 * 86_400_000);
  const rsvps = await db
    .select({ userId: eventRsvps.userId, eventId: eventRsvps.eventId, tags: events.tags })
    .from(eventRsvps)
    .innerJoin(events, eq(events.id, eventRsvps.eventId))
    .where(and(inArray(eventRsvps.userId, ids), gte(eventRsvps.updatedAt, since)));
  const goalRows = await db
    .select({ userId: goals.userId, title: goals.title })
    .from(goals)
    .where(and(inArray(goals.userId, ids), eq(goals.organisationId, programme.organisationId)));
  const scoped = new Set(programme.teamIds);
  return rows
    .map(({ p }): IntroParticipant => {
      const mineTeams = teamRows.filter((t) => t.userId === p.userId).map((t) => t.teamId);
      const teamId = mineTeams.find((t) => scoped.size === 0 || scoped.has(t)) ?? null;
      const mineRsvps = rsvps.filter((r) => r.userId === p.userId);
      return {
        id: p.userId,
        teamId,
        interests: [...p.interests, ...mineRsvps.flatMap((r) => r.tags.map((t) => t.toLowerCase()))],
        seeks: goalRows.filter((g) => g.userId === p.userId).flatMap((g) => goalSeeks(g.title)),
        offers: p.offers,
        recentEventIds: mineRsvps.map((r) => r.eventId),
        doNotPair: p.doNotPair,
      };
    })
    .filter((p) => scoped.size === 0 || p.teamId !== null);
}

async function recentHistory(db: Database, programmeId: string) {
  const rounds = await db
    .select({ id: introRounds.id })
    .from(introRounds)
    .where(eq(introRounds.programmeId, programmeId))
    .orderBy(desc(introRounds.roundOn))
    .limit(REPEAT_WINDOW_ROUNDS);
  if (rounds.length === 0) return [];
  const rows = await db
    .select({ roundId: introGroups.roundId, groupId: introGroups.id, userId: introGroupMembers.userId })
    .from(introGroups)
    .innerJoin(introGroupMembers, eq(introGroupMembers.groupId, introGroups.id))
    .where(
      inArray(
        introGroups.roundId,
        rounds.map((r) => r.id),
      ),
    );
  return rounds.reverse().map((round) => {
    const groups = new Map<string, string[]>();
    for (const r of rows.filter((x) => x.roundId === round.id))
      groups.set(r.groupId, [...(groups.get(r.groupId) ?? []), r.userId]);
    return [...groups.values()];
  });
}

/**
 * Makes the round of a programme for a date, once: a second call for the same date finds the first
 * round and changes nothing (the unique key settles a race between two workers).
 */
export async function planIntroRound(db: Database, programmeId: string, roundOn: string) {
  return db.transaction(async (tx) => {
    const [programme] = await tx.select().from(introProgrammes).where(eq(introProgrammes.id, programmeId));
    if (!programme) throw invalid("That programme no longer exists.");
    const seed = `${programme.id}|${roundOn}`;
    const history = await recentHistory(tx, programmeId);
    const [round] = await tx
      .insert(introRounds)
      .values({ programmeId, organisationId: programme.organisationId, roundOn, seed })
      .onConflictDoNothing()
      .returning();
    if (!round) return { created: false, groups: 0 };
    const participants = await roundParticipants(tx, programme, roundOn);
    const result = matchRound({
      participants,
      history,
      groupSize: programme.groupSize === 3 ? 3 : 2,
      mode: programme.mode,
      seed,
    });
    const byId = new Map(participants.map((p) => [p.id, p]));
    for (const group of result.groups) {
      const people = group.memberIds.map((id) => byId.get(id) as IntroParticipant);
      const [a, b] = people as [IntroParticipant, IntroParticipant];
      const reasons = pairReasons(a, b, null);
      const crossTeam = new Set(people.map((p) => p.teamId)).size > 1;
      const slot = await introGroupSlot(tx, roundOn, group.memberIds);
      const [row] = await tx
        .insert(introGroups)
        .values({
          roundId: round.id,
          crossTeam,
          slotStartsAt: slot?.start ?? null,
          reasons: {
            sharedInterests: reasons.sharedInterests,
            complementary: reasons.complementary,
            differentTeams: reasons.differentTeams,
          },
        })
        .returning({ id: introGroups.id });
      await tx
        .insert(introGroupMembers)
        .values(group.memberIds.map((userId) => ({ groupId: row?.id as string, userId })));
    }
    return { created: true, roundId: round.id, groups: result.groups.length };
  });
}

/** Today's round of a programme, in its organisation's time zone (at most one a day). */
export async function planIntroRoundToday(db: Database, programmeId: string, now: Date) {
  const [row] = await db
    .select({ timeZone: organisations.timeZone })
    .from(introProgrammes)
    .innerJoin(organisations, eq(organisations.id, introProgrammes.organisationId))
    .where(eq(introProgrammes.id, programmeId));
  return planIntroRound(db, programmeId, localDate(now, row?.timeZone ?? "UTC"));
}

/**
 * What a programme's owners see: counts per round only. The share that met and the cross-team
 * connections are withheld for rounds of fewer than SMALL_GROUP_MIN groups, so nobody's answer can be read off.
 */
export async function introProgrammeStats(
  db: Database,
  scope: OrgScope,
  role: "admin" | "member",
  programmeId: string,
) {
  const programme = await getManagedProgramme(db, scope, role, programmeId);
  const [joined] = await db
    .select({ id: introParticipants.id })
    .from(introParticipants)
    .where(and(eq(introParticipants.programmeId, programmeId), eq(introParticipants.joined, true)))
    .then((rows) => [rows.length]);
  const rows = await db
    .select({
      roundOn: introRounds.roundOn,
      groupId: introGroups.id,
      crossTeam: introGroups.crossTeam,
      checkIn: introGroupMembers.checkIn,
    })
    .from(introRounds)
    .innerJoin(introGroups, eq(introGroups.roundId, introRounds.id))
    .innerJoin(introGroupMembers, eq(introGroupMembers.groupId, introGroups.id))
    .where(eq(introRounds.programmeId, programmeId))
    .orderBy(introRounds.roundOn);
  const rounds = new Map<string, Map<string, { crossTeam: boolean; met: boolean }>>();
  for (const r of rows) {
    const groups = rounds.get(r.roundOn) ?? new Map();
    const g = groups.get(r.groupId) ?? { crossTeam: r.crossTeam, met: false };
    g.met ||= r.checkIn === "met";
    groups.set(r.groupId, g);
    rounds.set(r.roundOn, groups);
  }
  return {
    programme: { id: programme.id, name: programme.name },
    participants: joined ?? 0,
    smallGroupMin: SMALL_GROUP_MIN,
    rounds: [...rounds].map(([roundOn, groups]) => {
      const list = [...groups.values()];
      const shown = list.length >= SMALL_GROUP_MIN;
      return {
        roundOn,
        groups: list.length,
        metShare: shown ? list.filter((g) => g.met).length / list.length : null,
        crossTeamMet: shown ? list.filter((g) => g.met && g.crossTeam).length : null,
      };
    }),
  };
}
