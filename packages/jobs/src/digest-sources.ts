import type { Database, DigestRecipient } from "@rapport/db";
import { tipHistoryFor } from "@rapport/db";
import type {
  DigestEventInput,
  DigestFollowUpInput,
  DigestGoalInput,
  DigestInput,
  LastWeekNumbers,
  ManagerDigestInput,
} from "@rapport/domain/digest";

/**
 * Where a digest's data comes from. Each section has its own loader so the areas built on other
 * branches (follow-ups, events, goals, assessment) can be plugged in one function at a time.
 * Loaders read only the recipient's own data (and, for the manager digest, their teams' counts).
 */

export interface DigestWeek {
  weekKey: string;
  now: Date;
}

export async function loadFollowUps(
  _db: Database,
  _user: DigestRecipient,
  _week: DigestWeek,
): Promise<DigestFollowUpInput[] | undefined> {
  // wired at merge: contacts (open follow-ups of this person, due this week or overdue)
  return undefined;
}

export async function loadUpcomingEvents(
  _db: Database,
  _user: DigestRecipient,
  _week: DigestWeek,
): Promise<DigestEventInput[] | undefined> {
  // wired at merge: events (the person's teams' events in the next 14 days, with RSVPs "going")
  return undefined;
}

export async function loadGoals(
  _db: Database,
  _user: DigestRecipient,
  _week: DigestWeek,
): Promise<DigestGoalInput[] | undefined> {
  // wired at merge: goals (active goals with progress counted from logged activity)
  return undefined;
}

export async function loadLastWeek(
  _db: Database,
  _user: DigestRecipient,
  _week: DigestWeek,
): Promise<LastWeekNumbers | undefined> {
  // wired at merge: goals/contacts/events (activity counts of the previous ISO week)
  return undefined;
}

export async function loadBarriers(
  db: Database,
  user: DigestRecipient,
  _week: DigestWeek,
): Promise<Pick<DigestInput, "topBarrier" | "profile">> {
  // wired at merge: assessment (latest barrier profile → profile and topBarrier.barrierId)
  void tipHistoryFor; // the tip history is stored here already: topBarrier.tipHistory = await tipHistoryFor(db, user.userId)
  void db;
  void user;
  return {};
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

/** The manager digest's input: per team they manage, member counts only. */
export async function loadManagerDigestInput(
  _db: Database,
  user: DigestRecipient,
  week: DigestWeek,
): Promise<ManagerDigestInput> {
  // wired at merge: goals + events + contacts (per-member counts for the manager's teams; aggregates only)
  return {
    manager: { name: user.name, email: user.email, timeZone: user.timeZone },
    weekKey: week.weekKey,
    teams: [],
  };
}

/** The loaders the pipeline uses; tests and the benchmark pass their own. */
export interface DigestSources {
  employee(db: Database, user: DigestRecipient, week: DigestWeek): Promise<DigestInput>;
  manager(db: Database, user: DigestRecipient, week: DigestWeek): Promise<ManagerDigestInput>;
}

export const databaseSources: DigestSources = { employee: loadDigestInput, manager: loadManagerDigestInput };
