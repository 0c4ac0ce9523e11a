import { isValidLocalDate } from "../time";
import { type GoalCategory, type GoalMetric, isGoalCategory, isGoalMetric } from "./goal";

export const GOAL_TITLE_MAX_LENGTH = 120;
// A sanity ceiling: a target of a million coffees is a typo, not a plan.
export const GOAL_TARGET_MAX = 10_000;

/** What a form or API sends; anything may be missing or the wrong type. */
export interface GoalDraftInput {
  title?: unknown;
  metric?: unknown;
  target?: unknown;
  startDate?: unknown;
  dueDate?: unknown;
  category?: unknown;
}

export interface GoalDraft {
  title: string;
  metric: GoalMetric;
  target: number;
  startDate: string;
  dueDate: string;
  category: GoalCategory;
}

export type GoalDraftField = "title" | "metric" | "target" | "startDate" | "dueDate" | "category";
export type GoalDraftErrors = Partial<Record<GoalDraftField, string>>;

export type GoalDraftResult = { ok: true; draft: GoalDraft } | { ok: false; errors: GoalDraftErrors };

/** Checks a goal draft, reporting every problem at once, keyed by the field to highlight. */
export function validateGoalDraft(input: GoalDraftInput): GoalDraftResult {
  const errors: GoalDraftErrors = {};
  const title = typeof input.title === "string" ? input.title.trim() : "";
  if (title === "") errors.title = "Give your goal a title.";
  else if (title.length > GOAL_TITLE_MAX_LENGTH) {
    errors.title = `Keep the title to ${GOAL_TITLE_MAX_LENGTH} characters or fewer.`;
  }

  const metric = isGoalMetric(input.metric) ? input.metric : null;
  if (metric === null) errors.metric = "Choose what you will measure.";

  let target: number | null = null;
  if (typeof input.target !== "number" || !Number.isInteger(input.target) || input.target < 1) {
    errors.target = "The target must be a whole number, at least 1.";
  } else if (input.target > GOAL_TARGET_MAX) {
    errors.target = `The target can be at most ${GOAL_TARGET_MAX}.`;
  } else {
    target = input.target;
  }

  const startDate = asLocalDate(input.startDate);
  const dueDate = asLocalDate(input.dueDate);
  if (startDate === null) errors.startDate = "Pick a valid start date.";
  if (dueDate === null) errors.dueDate = "Pick a valid due date.";
  else if (startDate !== null && dueDate < startDate) {
    errors.dueDate = "The due date can't be before the start date.";
  }

  const category = input.category ?? "custom";
  if (!isGoalCategory(category)) errors.category = "Choose one of the listed categories.";

  if (
    Object.keys(errors).length > 0 ||
    metric === null ||
    target === null ||
    startDate === null ||
    dueDate === null ||
    !isGoalCategory(category)
  ) {
    return { ok: false, errors };
  }
  return { ok: true, draft: { title, metric, target, startDate, dueDate, category } };
}

function asLocalDate(value: unknown): string | null {
  return typeof value === "string" && isValidLocalDate(value) ? value : null;
}
