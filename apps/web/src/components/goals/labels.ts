import type { GoalCategory, GoalMetric, PaceState } from "@rapport/domain/goals";

export const METRIC_LABELS: Record<GoalMetric, string> = {
  people_met: "New people met",
  events_attended: "Events attended",
  follow_ups_done: "Follow-ups done",
  conversations: "Conversations held",
  manual: "My own count (check-ins)",
};

/** How one unit of each metric reads in a sentence: "3 of 5 events". */
export const METRIC_UNITS: Record<GoalMetric, string> = {
  people_met: "people",
  events_attended: "events",
  follow_ups_done: "follow-ups",
  conversations: "conversations",
  manual: "done",
};

export const CATEGORY_LABELS: Record<GoalCategory, string> = {
  find_mentor: "Find a mentor",
  explore_opportunities: "Explore opportunities",
  widen_circle: "Widen my circle",
  build_skills: "Build skills",
  visibility: "Visibility in my field",
  custom: "Something else",
};

export const PACE: Record<
  PaceState,
  { label: string; tone: "green" | "amber" | "red" | "neutral" | "accent" }
> = {
  not_started: { label: "Not started", tone: "neutral" },
  ahead: { label: "Ahead", tone: "green" },
  on_track: { label: "On track", tone: "accent" },
  behind: { label: "Behind", tone: "amber" },
  done: { label: "Done", tone: "green" },
  overdue: { label: "Past due", tone: "red" },
};
