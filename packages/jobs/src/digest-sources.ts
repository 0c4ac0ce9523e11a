import type { Database, DigestRecipient, OrgScope } from "@rapport/db";
import {
  attendedEventActivities,
  contactActivityCounts,
  conversationActivities,
  dashboardMembers,
  followUpDoneActivities,
  introRequestCounts,
  latestBarrierProfile,
  listDueFollowUps,
  listEvents,
  listMyGoals,
  listMyIntros,
  listMyTeams,
  peopleMetActivities,
  tipHistoryFor,
} from "@rapport/db";
import {
  DIGEST_SECTIONS,
  type DigestEventInput,
  type DigestFollowUpInput,
  type DigestGoalInput,
  type DigestInput,
  type DigestIntroInput,
  type DigestSectionId,
  type LastWeekNumbers,
  type ManagerDigestInput,
} from "@rapport/domain/digest";
import { daysBetween, localDate, startOfIsoWeek } from "@rapport/domain/time";
import { timeWords } from "@rapport/domain/words";

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
async function loadFollowUps(
  db: Database,
  user: DigestRecipient,
  _week: DigestWeek,
): Promise<DigestFollowUpInput[] | undefined> {
  const { groups } = await listDueFollowUps(db, scopeOf(user));
  // Next week too: on the last day of a week the composer shows it (see dueInWeekAhead).
  return [...groups.overdue, ...groups.today, ...groups.thisWeek, ...groups.nextWeek].map((f) => ({
    id: f.id,
    contactId: f.contactId,
    contactName: f.contactName,
    dueOn: f.dueOn,
    doneOn: f.doneOn,
    reason: f.note ?? undefined,
  }));
}

/** The person's teams' events in the next 14 days, with the teammates going. */
async function loadUpcomingEvents(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
): Promise<DigestEventInput[] | undefined> {
  const horizon = week.now.getTime() + 14 * 86_400_000;
  const upcoming = await listEvents(db, scopeOf(user), { view: "upcoming" }, week.now);
  return upcoming
    .filter((e) => e.status !== "cancelled" && e.startsAt.getTime() <= horizon)
    .map((e) => {
      return {
        id: e.id,
        title: e.title,
        startsOn: localDate(e.startsAt, e.allDay ? e.timeZone : user.timeZone),
        startsAt: e.allDay ? undefined : timeWords(e.startsAt, user.timeZone, user.locale),
        location: e.venue ?? undefined,
        going: e.going.filter((p) => p.userId !== user.userId).map((p) => p.name),
        readerGoing: e.myRsvp === "going",
        readerRsvp: e.myRsvp,
      };
    });
}

/** Active goals with progress counted from what the person logged. */
async function loadGoals(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
): Promise<DigestGoalInput[] | undefined> {
  const goals = await listMyGoals(db, scopeOf(user), week.now);
  return goals
    .filter((g) => g.status === "active")
    .map((g) => ({
      id: g.id,
      title: g.title,
      target: g.target,
      progress: g.progress,
      startDate: g.startDate,
      dueDate: g.dueDate,
      status: g.status,
      manual: g.metric === "manual",
    }));
}

/** What the person did in the previous ISO week, in numbers. */
async function loadLastWeek(
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

/** The reader's latest intro in each programme, with whether its check-in is open and due. */
async function loadIntros(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
  read: () => ReturnType<typeof listMyIntros> = () => listMyIntros(db, scopeOf(user), week.now),
): Promise<DigestIntroInput[]> {
  const intros = await read();
  return intros.map((i) => ({
    groupId: i.groupId,
    roundOn: i.roundOn,
    colleagues: i.colleagues.map((c) => ({ name: c.name, team: c.team })),
    why: i.why,
    checkInOpen: i.checkInOpen,
    checkInDue: i.checkInDue,
  }));
}

/** The latest self-assessment picks the coaching tip (never repeated within eight weeks) and the action. */
async function loadBarriers(
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

/**
 * Reads a caller already holds for this person (the Today page's API request reads my intros and intro
 * request counts for its own cards too); without them, read here.
 */
export interface SharedDigestReads {
  introRequestCounts?: () => ReturnType<typeof introRequestCounts>;
  myIntros?: () => ReturnType<typeof listMyIntros>;
}

/** The personal digest's input for one person and week. */
export async function loadDigestInput(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
  shared: SharedDigestReads = {},
): Promise<DigestInput> {
  const [followUps, upcomingEvents, goals, lastWeek, barriers, introRequests, intros] = await Promise.all([
    loadFollowUps(db, user, week),
    loadUpcomingEvents(db, user, week),
    loadGoals(db, user, week),
    loadLastWeek(db, user, week),
    loadBarriers(db, user, week),
    shared.introRequestCounts?.() ?? introRequestCounts(db, scopeOf(user), week.now),
    loadIntros(db, user, week, shared.myIntros),
  ]);
  return {
    person: { name: user.name, email: user.email, timeZone: user.timeZone, locale: user.locale },
    hiddenSections: user.hiddenSections.filter((s): s is DigestSectionId =>
      (DIGEST_SECTIONS as readonly string[]).includes(s),
    ),
    weekKey: week.weekKey,
    now: week.now,
    ...(followUps ? { followUps } : {}),
    ...(upcomingEvents ? { upcomingEvents } : {}),
    ...(goals ? { goals } : {}),
    ...(lastWeek ? { lastWeek } : {}),
    ...barriers,
    introRequests,
    intros,
  };
}

/**
 * The manager digest's input: per team they manage, member counts only (never contacts or notes). Who
 * "may need a nudge" comes from the team dashboard's own member panel, so both name the same people.
 */
export async function loadManagerDigestInput(
  db: Database,
  user: DigestRecipient,
  week: DigestWeek,
): Promise<ManagerDigestInput> {
  const scope = scopeOf(user);
  const managed = (await listMyTeams(db, scope)).filter((t) => t.role === "manager");
  const lastWeekEnd = startOfIsoWeek(week.weekKey, user.timeZone);
  const lastWeekStart = new Date(lastWeekEnd.getTime() - 7 * 86_400_000);
  const today = localDate(week.now, user.timeZone);
  const upcoming = await listEvents(db, scope, { view: "upcoming" }, week.now);
  const horizon = week.now.getTime() + 14 * 86_400_000;

  const teams = [];
  for (const team of managed) {
    const period = {
      organisationId: user.organisationId,
      teamId: team.teamId,
      from: today,
      to: today,
      last30From: today,
      last90From: today,
      today,
    };
    const { members } = await dashboardMembers(db, period, week.now);
    const recent = await contactActivityCounts(db, {
      organisationId: user.organisationId,
      userIds: members.map((m) => m.userId),
      from: lastWeekStart,
      to: lastWeekEnd,
    });
    const lastWeek = (userId: string) => {
      const c = recent.find((x) => x.userId === userId);
      return c ? c.newContacts + c.interactions + c.followUpsDone : 0;
    };
    const teamEvents = upcoming.filter(
      (e) => e.teamId === team.teamId && e.status !== "cancelled" && e.startsAt.getTime() <= horizon,
    );
    const sharedGoals = members.reduce((n, m) => n + m.sharedGoals.total, 0);
    const behind = members.reduce((n, m) => n + m.sharedGoals.behind, 0);
    teams.push({
      id: team.teamId,
      name: team.name,
      members: members.map((m) => ({
        userId: m.userId,
        name: m.name,
        activitiesLastWeek: lastWeek(m.userId),
        overdueFollowUps: m.overdueFollowUps,
        sharedGoalsBehind: m.sharedGoals.behind,
        nudge: m.nudge.reason,
        daysSinceActivity: m.lastActivityOn === null ? null : daysBetween(m.lastActivityOn, today),
      })),
      eventsNext14Days: teamEvents.length,
      eventsCovered: teamEvents.filter((e) => e.going.length > 0).length,
      sharedGoals,
      sharedGoalsOnTrack: sharedGoals - behind,
    });
  }
  return {
    manager: { name: user.name, email: user.email, timeZone: user.timeZone, locale: user.locale },
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
