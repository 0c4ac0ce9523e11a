import type { GoalCategory, GoalMetric } from "../goals/goal";

// Order matters: it is the order of the product's barriers table and breaks score ties.
export const BARRIER_IDS = [
  "confidence",
  "rejection",
  "time",
  "skills",
  "opportunities",
  "short_term",
  "unclear_goals",
  "values",
] as const;
export type BarrierId = (typeof BARRIER_IDS)[number];

/** A short coaching tip for the weekly digest. Ids are stable: digest history refers to them. */
export interface Tip {
  id: string;
  text: string;
}

export interface SuggestedAction {
  id: string;
  /** Short imperative, e.g. "Book a 30-minute networking slot". */
  text: string;
  /** The goal metric this action would move, when there is an obvious one. */
  goalMetric?: GoalMetric;
}

export interface GoalTemplate {
  id: string;
  barrierId: BarrierId;
  title: string;
  /** One sentence on why this goal helps with the barrier. */
  why: string;
  category: GoalCategory;
  metric: GoalMetric;
  target: number;
  suggestedDurationDays: number;
  /** Action-plan steps, in order. */
  steps: readonly string[];
}

export interface Barrier {
  id: BarrierId;
  title: string;
  explanation: string;
  strategies: readonly string[];
  tips: readonly Tip[];
  suggestedActions: readonly SuggestedAction[];
  goalTemplates: readonly GoalTemplate[];
}

export interface AssessmentStatement {
  id: string;
  barrierId: BarrierId;
  text: string;
  /** Agreeing means the barrier is SMALLER, so the answer is flipped before scoring. */
  reverse: boolean;
}

export interface BarrierProfile {
  /** 0 (not a barrier for this person) … 100 (a strong barrier). */
  scores: Record<BarrierId, number>;
  /** Every barrier, strongest first; ties keep catalogue order. */
  ranked: BarrierId[];
  /** Up to three strongest barriers scoring above TOP_BARRIER_FLOOR. */
  top: BarrierId[];
}
