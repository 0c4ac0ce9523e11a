// Networking goals: what they measure, how far along they are, and whether they keep pace.
export {
  type Activity,
  type ActivityKind,
  GOAL_CATEGORIES,
  GOAL_METRICS,
  GOAL_STATUSES,
  type Goal,
  type GoalCategory,
  type GoalMetric,
  type GoalStatus,
  isGoalCategory,
  isGoalMetric,
  METRIC_ACTIVITY,
} from "./goal";
export {
  GOAL_TARGET_MAX,
  GOAL_TITLE_MAX_LENGTH,
  type GoalDraft,
  type GoalDraftErrors,
  type GoalDraftField,
  type GoalDraftInput,
  type GoalDraftResult,
  validateGoalDraft,
} from "./goal-draft";
export { type ProgressPoint, progressHistory } from "./history";
export {
  type GoalPace,
  goalPace,
  PACE_MIN_TOLERANCE,
  PACE_TOLERANCE_SHARE,
  PACE_WORDS,
  type PaceState,
  type PaceWord,
} from "./pace";
export { countProgress } from "./progress";
export { type MemberShare, memberShares, type TeamShares } from "./team-shares";
