// The barrier self-assessment (answers belong to the person alone), the pitch builder, the weekly
// networking time block and first-run progress. Every query here takes the person from the session.
import { invalid } from "@rapport/domain";
import {
  type AssessmentAnswers,
  type BarrierId,
  compareProfiles,
  profileFromScores,
  scoreAssessment,
  validateAssessment,
} from "@rapport/domain/barriers";
import type { Weekday } from "@rapport/domain/calendar";
import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { assessments, firstRuns, goals, networkingTimeBlocks, pitches } from "../schema";
import type { OrgScope } from "./scope";

/** Scores and keeps a taking of the assessment; a retake adds to the history. */
export async function saveAssessment(db: Database, scope: OrgScope, answers: AssessmentAnswers) {
  const issues = validateAssessment(answers);
  if (issues.length > 0) {
    const first = issues[0];
    throw invalid(
      issues.length === 1
        ? `Please answer: "${first?.statement}"`
        : `Please answer all ${issues.length} remaining statements.`,
      first?.statementId,
    );
  }
  const profile = scoreAssessment(answers);
  const [row] = await db
    .insert(assessments)
    .values({
      userId: scope.userId,
      organisationId: scope.organisationId,
      answers,
      scores: profile.scores,
      // Set here, not by the database: in one transaction now() would give retakes the same time.
      takenAt: new Date(),
    })
    .returning();
  return { id: row?.id, profile };
}

/** My assessments, newest first, each with its profile and the change from the one before. */
export async function listMyAssessments(db: Database, userId: string) {
  const rows = await db
    .select()
    .from(assessments)
    .where(eq(assessments.userId, userId))
    .orderBy(desc(assessments.takenAt));
  return rows.map((row, index) => {
    const profile = profileFromScores(row.scores as Record<BarrierId, number>);
    const previous = rows[index + 1];
    return {
      id: row.id,
      takenAt: row.takenAt,
      answers: row.answers,
      profile,
      changes: previous
        ? compareProfiles(profileFromScores(previous.scores as Record<BarrierId, number>), profile)
        : null,
    };
  });
}

/** My current barrier profile, or null before the first assessment. */
export async function latestBarrierProfile(db: Database, userId: string) {
  const [row] = await db
    .select({ scores: assessments.scores, takenAt: assessments.takenAt })
    .from(assessments)
    .where(eq(assessments.userId, userId))
    .orderBy(desc(assessments.takenAt))
    .limit(1);
  return row
    ? { takenAt: row.takenAt, profile: profileFromScores(row.scores as Record<BarrierId, number>) }
    : null;
}

export interface TimeBlockInput {
  days: Weekday[];
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  startDate: string;
}

/** The person's weekly networking slot, or null. The events area's calendar feed includes it. */
export async function getNetworkingTimeBlock(db: Database, userId: string) {
  const [row] = await db.select().from(networkingTimeBlocks).where(eq(networkingTimeBlocks.userId, userId));
  if (!row) return null;
  return { ...row, days: row.days as Weekday[], startTime: row.startTime.slice(0, 5) };
}

export async function saveNetworkingTimeBlock(db: Database, userId: string, input: TimeBlockInput) {
  await db
    .insert(networkingTimeBlocks)
    .values({ userId, ...input })
    .onConflictDoUpdate({
      target: networkingTimeBlocks.userId,
      set: { ...input, sequence: sqlIncrement() },
    });
  return getNetworkingTimeBlock(db, userId);
}

function sqlIncrement() {
  return sql`${networkingTimeBlocks.sequence} + 1`;
}

export async function removeNetworkingTimeBlock(db: Database, userId: string) {
  await db.delete(networkingTimeBlocks).where(eq(networkingTimeBlocks.userId, userId));
}

export interface PitchInput {
  introduction: string;
  strengths: string;
  lookingFor: string;
  talkingPoints: string[];
}

export async function getPitch(db: Database, userId: string) {
  const [row] = await db.select().from(pitches).where(eq(pitches.userId, userId));
  return row ?? null;
}

export async function savePitch(db: Database, userId: string, input: PitchInput) {
  const [row] = await db
    .insert(pitches)
    .values({ userId, ...input })
    .onConflictDoUpdate({ target: pitches.userId, set: input })
    .returning();
  return row;
}

export type FirstRunStep = "welcome" | "assessment" | "suggestions" | "goal" | "done";

/**
 * Where the person is in the first-run, and whether to offer it: only to someone with no assessment
 * and no goal in this organisation who has not finished or skipped it.
 */
export async function getFirstRun(db: Database, scope: OrgScope) {
  const [row] = await db.select().from(firstRuns).where(eq(firstRuns.userId, scope.userId));
  const step: FirstRunStep = row?.step ?? "welcome";
  const finished = Boolean(row?.completedAt) || step === "done";
  const skipped = Boolean(row?.skippedAt);
  const started = Boolean(row);
  // Someone who never opened it is offered it only while they have neither an assessment nor a goal;
  // the counts are read only for them (Today and Goals ask on every visit).
  const fresh = async () => {
    const [[assessed], [goalCount]] = await Promise.all([
      db.select({ n: count() }).from(assessments).where(eq(assessments.userId, scope.userId)),
      db
        .select({ n: count() })
        .from(goals)
        .where(and(eq(goals.userId, scope.userId), eq(goals.organisationId, scope.organisationId))),
    ]);
    return (assessed?.n ?? 0) === 0 && (goalCount?.n ?? 0) === 0;
  };
  return {
    step,
    started,
    skipped,
    finished,
    offer: !finished && !skipped && (started || (await fresh())),
  };
}

/** Moves the first-run on (or back); "done" finishes it. */
export async function setFirstRunStep(db: Database, userId: string, step: FirstRunStep) {
  const completedAt = step === "done" ? new Date() : null;
  await db
    .insert(firstRuns)
    .values({ userId, step, completedAt })
    .onConflictDoUpdate({ target: firstRuns.userId, set: { step, completedAt, skippedAt: null } });
}

/** "Not now": stops offering the first-run; the person can still open it from the goals page. */
export async function skipFirstRun(db: Database, userId: string) {
  await db
    .insert(firstRuns)
    .values({ userId, step: "welcome", skippedAt: new Date() })
    .onConflictDoUpdate({ target: firstRuns.userId, set: { skippedAt: new Date() } });
}
