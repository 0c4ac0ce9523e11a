import type { Database, DigestRecipient, OrgScope } from "@rapport/db";
import {
  attendedEventActivities,
  contactActivityCounts,
  conversationActivities,
  followUpDoneActivities,
  latestBarrierProfile,
  listDueFollowUps,
  listEvents,
  listMyGoals,
  listMyTeams,
  listTeammatesSharedGoals,
  listTeamRoster,
  overdueFollowUpCounts,
  peopleMetActivities,
  tipHistoryFor,
} from "@rapport/db";
import type {
  DigestEventInput,
  DigestFollowUpInput,
  DigestGoalInput,
  DigestInput,
  LastWeekNumbers,
  ManagerDigestInput,
} from "@rapport/domain/digest";
import { localDate, startOfIsoWeek, zonedParts } from "@rapport/domain/time";

/**
 * Where a digest's data comes from. Each section has its own loader so the areas built on other
 * branches (follow-ups, events, goals, assessment) can be plugged in one function at a time.
 * Loaders read only the recipient's own data (and, for the manager digest, their teams' counts).
 */

export interface DigestWeek {
  weekKey: string;
  now: Date;
}

const scopeOf = (user: DigestRecipient): OrgScope => ({
  userId: user.userId,
  organisationId: user.organisationId,
});

/** Open follow-ups due this week or already overdue (the composer picks the top five). */
export async function loadFollowUps(
  db: Database,
  user: DigestRecipient,
  _week: DigestWeek,
): Promise<DigestFollowUpInput[] | undefined> {
  const { groups } = await listDueFollowUps(db, scopeOf(user));
  return [...groups.overdue, ...groups.today, ...groups.thisWeek].map((f) => ({
    contactName: f.contactName,
    dueOn: f.dueOn,
    doneOn: f.doneOn,
    reason: f.note ?? undefined,
  }));
}

/** The person's teams' events in the next 14 days, with the teammates going. */
export async function loadUpcomingEvents(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
): Promise<DigestEventInput[] | undefined> {
  const horizon = week.now.getTime() + 14 * 86_400_000;
  const upcoming = await listEvents(db, scopeOf(user), { view: "upcoming" }, week.now);
  return upcoming
    .filter((e) => e.status !== "cancelled" && e.startsAt.getTime() <= horizon)
    .map((e) => {
      const local = zonedParts(e.startsAt, user.timeZone);
      return {
        title: e.title,
        startsOn: localDate(e.startsAt, e.allDay ? e.timeZone : user.timeZone),
        startsAt: e.allDay
          ? undefined
          : `${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`,
        location: e.venue ?? undefined,
        going: e.going.filter((p) => p.userId !== user.userId).map((p) => p.name),
        readerGoing: e.myRsvp === "going",
      };
    });
}

/** Active goals with progress counted from what the person logged. */
export async function loadGoals(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
): Promise<DigestGoalInput[] | undefined> {
  const goals = await listMyGoals(db, scopeOf(user), week.now);
  return goals
    .filter((g) => g.status === "active")
    .map((g) => ({
      title: g.title,
      target: g.target,
      progress: g.progress,
      startDate: g.startDate,
      dueDate: g.dueDate,
      status: g.status,
    }));
}

/** What the person did in the previous ISO week, in numbers. */
export async function loadLastWeek(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
): Promise<LastWeekNumbers | undefined> {
  const to = startOfIsoWeek(week.weekKey, user.timeZone);
  const range = { from: new Date(to.getTime() - 7 * 86_400_000), to };
  const [met, talks, followUps, events] = await Promise.all([
    peopleMetActivities(db, scopeOf(user), range),
    conversationActivities(db, scopeOf(user), range),
    followUpDoneActivities(db, scopeOf(user), range),
    attendedEventActivities(db, scopeOf(user), range),
  ]);
  return {
    peopleMet: met.length,
    conversations: talks.length,
    followUpsDone: followUps.length,
    eventsAttended: events.length,
  };
}

/** The latest self-assessment picks the coaching tip (never repeated within eight weeks) and the action. */
export async function loadBarriers(
  db: Database,
  user: DigestRecipient,
  _week: DigestWeek,
): Promise<Pick<DigestInput, "topBarrier" | "profile">> {
  const latest = await latestBarrierProfile(db, user.userId);
  const top = latest?.profile.ranked[0];
  if (!latest || !top) return {};
  return {
    profile: latest.profile,
    topBarrier: { barrierId: top, tipHistory: await tipHistoryFor(db, user.userId) },
  };
}

/** The personal digest's input for one person and week. */
export async function loadDigestInput(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
): Promise<DigestInput> {
  const [followUps, upcomingEvents, goals, lastWeek, barriers] = await Promise.all([
    loadFollowUps(db, user, week),
    loadUpcomingEvents(db, user, week),
    loadGoals(db, user, week),
    loadLastWeek(db, user, week),
    loadBarriers(db, user, week),
  ]);
  return {
    person: { name: user.name, email: user.email, timeZone: user.timeZone },
    weekKey: week.weekKey,
    now: week.now,
    ...(followUps ? { followUps } : {}),
    ...(upcomingEvents ? { upcomingEvents } : {}),
    ...(goals ? { goals } : {}),
    ...(lastWeek ? { lastWeek } : {}),
    ...barriers,
  };
}

/** The manager digest's input: per team they manage, member counts only (never contacts or notes). */
export async function loadManagerDigestInput(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
): Promise<ManagerDigestInput> {
  const scope = scopeOf(user);
  const managed = (await listMyTeams(db, scope)).filter((t) => t.role === "manager");
  const lastWeekEnd = startOfIsoWeek(week.weekKey, user.timeZone);
  const lastWeekStart = new Date(lastWeekEnd.getTime() - 7 * 86_400_000);
  const priorStart = new Date(lastWeekStart.getTime() - 28 * 86_400_000);
  const today = localDate(week.now, user.timeZone);
  const upcoming = await listEvents(db, scope, { view: "upcoming" }, week.now);
  const horizon = week.now.getTime() + 14 * 86_400_000;
  // Goals members chose to share with the team: their pace is visible to the manager, never private goals.
  const shared = await listTeammatesSharedGoals(db, scope, week.now);
  const behind = (g: (typeof shared)[number]) => g.pace.state === "behind" || g.pace.state === "overdue";

  const teams = [];
  for (const team of managed) {
    const roster = (await listTeamRoster(db, scope, team.teamId)).filter((m) => m.userId !== user.userId);
    const userIds = roster.map((m) => m.userId);
    const base = { organisationId: user.organisationId, userIds };
    const [recent, prior, overdue] = await Promise.all([
      contactActivityCounts(db, { ...base, from: lastWeekStart, to: lastWeekEnd }),
      contactActivityCounts(db, { ...base, from: priorStart, to: lastWeekStart }),
      overdueFollowUpCounts(db, { ...base, today }),
    ]);
    const total = (counts: typeof recent, userId: string) => {
      const c = counts.find((x) => x.userId === userId);
      return c ? c.newContacts + c.interactions + c.followUpsDone : 0;
    };
    const teamEvents = upcoming.filter(
      (e) => e.teamId === team.teamId && e.status !== "cancelled" && e.startsAt.getTime() <= horizon,
    );
    teams.push({
      name: team.name,
      members: roster.map((m) => ({
        name: m.name ?? m.email,
        activitiesLastWeek: total(recent, m.userId),
        activitiesPriorFourWeeks: total(prior, m.userId),
        overdueFollowUps: overdue.get(m.userId) ?? 0,
        sharedGoalsBehind: shared.filter((g) => g.userId === m.userId && behind(g)).length,
      })),
      eventsNext14Days: teamEvents.length,
      eventsCovered: teamEvents.filter((e) => e.going.length > 0).length,
      sharedGoals: shared.filter((g) => userIds.includes(g.userId)).length,
      sharedGoalsOnTrack: shared.filter((g) => userIds.includes(g.userId) && !behind(g)).length,
    });
  }
  return {
    manager: { name: user.name, email: user.email, timeZone: user.timeZone },
    weekKey: week.weekKey,
    teams,
  };
}

/** The loaders the pipeline uses; tests and the benchmark pass their own. */
export interface DigestSources {
  employee(db: Database, user: DigestRecipient, week: DigestWeek): Promise<DigestInput>;
  manager(db: Database, user: DigestRecipient, week: DigestWeek): Promise<ManagerDigestInput>;
}

export const databaseSources: DigestSources = { employee: loadDigestInput, manager: loadManagerDigestInput };
