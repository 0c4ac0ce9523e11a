// Scoring the self-assessment into a barrier profile, and comparing two profiles over time.
import { ASSESSMENT_STATEMENTS } from "./assessment-statements";
import { BARRIER_IDS, type BarrierId, type BarrierProfile } from "./types";

/** Answers keyed by statement id; each 1 (strongly disagree) … 5 (strongly agree). */
export type AssessmentAnswers = Readonly<Record<string, number>>;

export const ANSWER_MIN = 1;
export const ANSWER_MAX = 5;
/**
 * A barrier must score ABOVE this to be among a person's top barriers. 50 is what
 * "neither agree nor disagree" on every statement scores, so a top barrier is one the person
 * leans towards agreeing with, and someone with no real barriers gets no top list.
 */
export const TOP_BARRIER_FLOOR = 50;
export const TOP_BARRIER_COUNT = 3;

export interface AssessmentIssue {
  statementId: string;
  /** The statement's wording, so an error message can name it for a person. */
  statement: string;
  problem: "missing" | "out_of_range" | "unknown_statement";
}

export class AssessmentError extends Error {
  readonly issues: readonly AssessmentIssue[];
  constructor(issues: readonly AssessmentIssue[]) {
    super(
      `Assessment answers are incomplete or invalid:\n${issues
        .map((i) => `- ${i.statementId} (${describe(i.problem)}): ${i.statement}`)
        .join("\n")}`,
    );
    this.name = "AssessmentError";
    this.issues = issues;
  }
}

/** Every problem with a set of answers; empty when they can be scored. */
export function validateAssessment(answers: AssessmentAnswers): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  for (const s of ASSESSMENT_STATEMENTS) {
    if (!Object.hasOwn(answers, s.id) || answers[s.id] === undefined) {
      issues.push({ statementId: s.id, statement: s.text, problem: "missing" });
    } else if (!isValidAnswer(answers[s.id])) {
      issues.push({ statementId: s.id, statement: s.text, problem: "out_of_range" });
    }
  }
  // Answers to statements we don't have usually mean a stale form; say so rather than ignore them.
  const known = new Set(ASSESSMENT_STATEMENTS.map((s) => s.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id))
      issues.push({ statementId: id, statement: "(not in the assessment)", problem: "unknown_statement" });
  }
  return issues;
}

/**
 * Turns answers into a profile. Each barrier's score is the mean of its statements (reverse
 * ones flipped, 6 − answer) mapped from 1…5 onto 0…100 and rounded. Throws AssessmentError
 * naming every missing, out-of-range or unknown statement.
 */
export function scoreAssessment(answers: AssessmentAnswers): BarrierProfile {
  const issues = validateAssessment(answers);
  if (issues.length > 0) throw new AssessmentError(issues);

  const sums = new Map<BarrierId, { total: number; count: number }>();
  for (const s of ASSESSMENT_STATEMENTS) {
    const raw = answers[s.id] as number; // validated above
    const value = s.reverse ? ANSWER_MIN + ANSWER_MAX - raw : raw;
    const entry = sums.get(s.barrierId) ?? { total: 0, count: 0 };
    entry.total += value;
    entry.count += 1;
    sums.set(s.barrierId, entry);
  }

  const scores = {} as Record<BarrierId, number>;
  for (const id of BARRIER_IDS) {
    const entry = sums.get(id);
    const mean = entry ? entry.total / entry.count : ANSWER_MIN;
    scores[id] = Math.round(((mean - ANSWER_MIN) / (ANSWER_MAX - ANSWER_MIN)) * 100);
  }
  return profileFromScores(scores);
}

/** Ranks scores into a profile; also used to rebuild a profile from stored scores. */
export function profileFromScores(scores: Readonly<Record<BarrierId, number>>): BarrierProfile {
  const ranked = [...BARRIER_IDS].sort(
    // Array.prototype.sort is stable, so ties keep catalogue order.
    (a, b) => scores[b] - scores[a],
  );
  const top = ranked.filter((id) => scores[id] > TOP_BARRIER_FLOOR).slice(0, TOP_BARRIER_COUNT);
  return { scores: { ...scores }, ranked, top };
}

export interface BarrierChange {
  barrierId: BarrierId;
  before: number;
  after: number;
  /** after − before; negative means the barrier has eased. */
  change: number;
  direction: "eased" | "grew" | "unchanged";
}

/** Per-barrier change between two assessments, in catalogue order. */
export function compareProfiles(before: BarrierProfile, after: BarrierProfile): BarrierChange[] {
  return BARRIER_IDS.map((barrierId) => {
    const from = before.scores[barrierId];
    const to = after.scores[barrierId];
    const change = to - from;
    return {
      barrierId,
      before: from,
      after: to,
      change,
      direction: change < 0 ? "eased" : change > 0 ? "grew" : "unchanged",
    };
  });
}

function isValidAnswer(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= ANSWER_MIN && value <= ANSWER_MAX;
}

function describe(problem: AssessmentIssue["problem"]): string {
  if (problem === "missing") return "no answer";
  if (problem === "out_of_range") return `answer must be a whole number ${ANSWER_MIN}–${ANSWER_MAX}`;
  return "unknown statement";
}
