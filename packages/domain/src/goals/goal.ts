// What a goal is, as plain data. Progress is derived from logged activity, never typed in,
// except for the "manual" metric where the person checks in amounts themselves.

export const GOAL_METRICS = [
  "people_met",
  "events_attended",
  "follow_ups_done",
  "conversations",
  "manual",
] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

export const GOAL_CATEGORIES = [
  "find_mentor",
  "explore_opportunities",
  "widen_circle",
  "build_skills",
  "visibility",
  "custom",
] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];

export const GOAL_STATUSES = ["active", "completed", "archived"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface Goal {
  metric: GoalMetric;
  /** How many of the metric to reach; at least 1. */
  target: number;
  /** First day that counts, 'YYYY-MM-DD' in the owner's time zone. */
  startDate: string;
  /** Last day that counts, inclusive. */
  dueDate: string;
  status: GoalStatus;
}

/** One thing a person did, as logged elsewhere in the product. */
export type Activity =
  | { kind: "person_met"; at: Date }
  | { kind: "event_attended"; at: Date }
  | { kind: "follow_up_done"; at: Date }
  | { kind: "conversation"; at: Date }
  /** A manual progress entry for one goal; `amount` defaults to 1. */
  | { kind: "check_in"; at: Date; amount?: number };

export type ActivityKind = Activity["kind"];

/** Which logged activity moves each metric. */
export const METRIC_ACTIVITY: Readonly<Record<GoalMetric, ActivityKind>> = {
  people_met: "person_met",
  events_attended: "event_attended",
  follow_ups_done: "follow_up_done",
  conversations: "conversation",
  manual: "check_in",
};

export function isGoalMetric(value: unknown): value is GoalMetric {
  return typeof value === "string" && (GOAL_METRICS as readonly string[]).includes(value);
}

export function isGoalCategory(value: unknown): value is GoalCategory {
  return typeof value === "string" && (GOAL_CATEGORIES as readonly string[]).includes(value);
}
