// Background side of intros: which programmes are due a round, and claiming intro emails so each
// goes out once (claimed, sent with an idempotency key, released again if the send fails).
import { addDays, daysBetween, isoWeekday, localDate, zonedTimeToUtc } from "@rapport/domain/time";
import { and, eq, gte, inArray, isNull, max, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  introGroupMembers,
  introGroups,
  introProgrammes,
  introRounds,
  organisations,
  users,
} from "../schema";

/** Intros go out at this hour in each person's own time zone. */
export const INTRO_SEND_HOUR = 10;

/** Active programmes whose day it is in their organisation's zone and whose cadence has come round. */
export async function introProgrammesDue(db: Database, now: Date) {
  const rows = await db
    .select({
      id: introProgrammes.id,
      weekday: introProgrammes.weekday,
      cadenceWeeks: introProgrammes.cadenceWeeks,
      timeZone: organisations.timeZone,
      lastRoundOn: max(introRounds.roundOn),
    })
    .from(introProgrammes)
    .innerJoin(organisations, eq(organisations.id, introProgrammes.organisationId))
    .leftJoin(introRounds, eq(introRounds.programmeId, introProgrammes.id))
    .where(eq(introProgrammes.active, true))
    .groupBy(introProgrammes.id, organisations.timeZone);
  return rows.flatMap((r) => {
    const today = localDate(now, r.timeZone);
    if (isoWeekday(today) !== r.weekday) return [];
    if (r.lastRoundOn && daysBetween(r.lastRoundOn, today) < r.cadenceWeeks * 7) return [];
    return [{ programmeId: r.id, roundOn: today }];
  });
}

/** Intro emails not yet sent whose round day has reached 10:00 in the recipient's zone (last week's rounds only). */
export async function claimIntroEmails(db: Database, now: Date, limit = 200) {
  const candidates = await db
    .select({
      memberId: introGroupMembers.id,
      groupId: introGroupMembers.groupId,
      userId: introGroupMembers.userId,
      roundOn: introRounds.roundOn,
      timeZone: users.timeZone,
    })
    .from(introGroupMembers)
    .innerJoin(introGroups, eq(introGroups.id, introGroupMembers.groupId))
    .innerJoin(introRounds, eq(introRounds.id, introGroups.roundId))
    .innerJoin(users, eq(users.id, introGroupMembers.userId))
    .where(
      and(isNull(introGroupMembers.emailedAt), gte(introRounds.roundOn, addDays(localDate(now, "UTC"), -7))),
    )
    .limit(limit * 5);
  const ready = candidates
    .filter((c) => {
      const [year, month, day] = c.roundOn.split("-").map(Number) as [number, number, number];
      const at = zonedTimeToUtc({ year, month, day, hour: INTRO_SEND_HOUR, minute: 0 }, c.timeZone);
      return at.getTime() <= now.getTime();
    })
    .slice(0, limit);
  if (ready.length === 0) return [];
  const claimed = await db
    .update(introGroupMembers)
    .set({ emailedAt: now })
    .where(
      and(
        inArray(
          introGroupMembers.id,
          ready.map((r) => r.memberId),
        ),
        isNull(introGroupMembers.emailedAt),
      ),
    )
    .returning({ memberId: introGroupMembers.id });
  const mine = new Set(claimed.map((c) => c.memberId));
  return ready.filter((r) => mine.has(r.memberId));
}

/** A send failed: let the next pass try again (the idempotency key keeps it to one email). */
export async function releaseIntroEmail(db: Database, memberId: string) {
  await db.update(introGroupMembers).set({ emailedAt: null }).where(eq(introGroupMembers.id, memberId));
}

/** What one intro email needs: the group's reasons, the programme, and everyone's names. */
export async function introEmailContent(db: Database, groupId: string) {
  const [group] = await db
    .select({
      reasons: introGroups.reasons,
      slotStartsAt: introGroups.slotStartsAt,
      programmeName: introProgrammes.name,
    })
    .from(introGroups)
    .innerJoin(introRounds, eq(introRounds.id, introGroups.roundId))
    .innerJoin(introProgrammes, eq(introProgrammes.id, introRounds.programmeId))
    .where(eq(introGroups.id, groupId));
  const people = await db
    .select({
      userId: users.id,
      name: sql<string>`coalesce(${users.name}, ${users.email})`,
      email: users.email,
      timeZone: users.timeZone,
      locale: users.locale,
    })
    .from(introGroupMembers)
    .innerJoin(users, eq(users.id, introGroupMembers.userId))
    .where(eq(introGroupMembers.groupId, groupId))
    .orderBy(users.id);
  return group ? { ...group, people } : null;
}
