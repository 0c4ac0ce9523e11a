// A person's own intros: who they were matched with and why, the suggested slot and the check-in.
// Only the caller's groups are read; colleagues appear by name, team and team role, nothing more.
import { INTRO_SLOT_MINUTES, introCheckInState, introStarters, introWhy } from "@rapport/domain/intros";
import { localDate } from "@rapport/domain/time";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import {
  introGroupMembers,
  introGroups,
  introProgrammes,
  introRounds,
  teamMembers,
  teams,
  users,
} from "../schema";
import type { OrgScope } from "./scope";

export interface IntroColleague {
  userId: string;
  name: string;
  email: string;
  /** Their first team in the organisation, if any. */
  team: string | null;
  /** Their role in that team. */
  role: "manager" | "employee" | null;
}

/** The people of some groups, with their first team (in the organisation) and role there. */
export async function introGroupPeople(db: Database, organisationId: string, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  const people = await db
    .select({ groupId: introGroupMembers.groupId, userId: users.id, name: users.name, email: users.email })
    .from(introGroupMembers)
    .innerJoin(users, eq(users.id, introGroupMembers.userId))
    .where(inArray(introGroupMembers.groupId, groupIds))
    .orderBy(users.id);
  const ids = [...new Set(people.map((p) => p.userId))];
  const memberships = ids.length
    ? await db
        .select({ userId: teamMembers.userId, team: teams.name, role: teamMembers.role })
        .from(teamMembers)
        .innerJoin(teams, eq(teams.id, teamMembers.teamId))
        .where(and(inArray(teamMembers.userId, ids), eq(teams.organisationId, organisationId)))
        .orderBy(teamMembers.createdAt)
    : [];
  return people.map((p) => {
    const first = memberships.find((m) => m.userId === p.userId);
    return {
      groupId: p.groupId,
      userId: p.userId,
      name: p.name ?? p.email,
      email: p.email,
      team: first?.team ?? null,
      role: first?.role ?? null,
    };
  });
}

/** The caller's latest intro in each programme, newest first. */
export async function listMyIntros(db: Database, scope: OrgScope, now = new Date()) {
  const mine = await db
    .select({
      groupId: introGroups.id,
      reasons: introGroups.reasons,
      slotStartsAt: introGroups.slotStartsAt,
      roundOn: introRounds.roundOn,
      programmeId: introProgrammes.id,
      programmeName: introProgrammes.name,
      cadenceWeeks: introProgrammes.cadenceWeeks,
      checkIn: introGroupMembers.checkIn,
      timeZone: users.timeZone,
    })
    .from(introGroupMembers)
    .innerJoin(users, eq(users.id, introGroupMembers.userId))
    .innerJoin(introGroups, eq(introGroups.id, introGroupMembers.groupId))
    .innerJoin(introRounds, eq(introRounds.id, introGroups.roundId))
    .innerJoin(introProgrammes, eq(introProgrammes.id, introRounds.programmeId))
    .where(
      and(eq(introGroupMembers.userId, scope.userId), eq(introRounds.organisationId, scope.organisationId)),
    )
    .orderBy(desc(introRounds.roundOn), introProgrammes.id);
  const latest = mine.filter((m, i) => mine.findIndex((x) => x.programmeId === m.programmeId) === i);
  const people = await introGroupPeople(
    db,
    scope.organisationId,
    latest.map((m) => m.groupId),
  );
  return latest.map((m) => {
    const colleagues: IntroColleague[] = people
      .filter((p) => p.groupId === m.groupId && p.userId !== scope.userId)
      .map(({ groupId: _g, ...p }) => p);
    const nameOf = (id: string) => colleagues.find((c) => c.userId === id)?.name ?? "your colleague";
    const state = introCheckInState({
      roundOn: m.roundOn,
      cadenceWeeks: m.cadenceWeeks,
      answer: m.checkIn,
      today: localDate(now, m.timeZone),
    });
    return {
      groupId: m.groupId,
      programmeId: m.programmeId,
      programmeName: m.programmeName,
      roundOn: m.roundOn,
      nextRoundOn: state.nextRoundOn,
      colleagues,
      reasons: m.reasons,
      why: introWhy(m.reasons, scope.userId, nameOf),
      starters: introStarters(m.reasons),
      /** 30 minutes inside everyone's networking time; shown in the caller's zone. */
      slot: m.slotStartsAt
        ? {
            startsAt: m.slotStartsAt.toISOString(),
            endsAt: new Date(m.slotStartsAt.getTime() + INTRO_SLOT_MINUTES * 60_000).toISOString(),
            timeZone: m.timeZone,
          }
        : null,
      checkIn: m.checkIn,
      checkInFrom: state.checkInFrom,
      checkInOpen: state.open,
      checkInDue: state.due,
    };
  });
}
