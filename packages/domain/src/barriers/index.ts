// The eight barriers to networking: catalogue, self-assessment, and the coaching drawn from it.
export {
  ANSWER_MAX,
  ANSWER_MIN,
  type AssessmentAnswers,
  AssessmentError,
  type AssessmentIssue,
  type BarrierChange,
  compareProfiles,
  profileFromScores,
  scoreAssessment,
  TOP_BARRIER_COUNT,
  TOP_BARRIER_FLOOR,
  validateAssessment,
} from "./assessment";
export { ASSESSMENT_STATEMENTS } from "./assessment-statements";
export { BARRIERS, getBarrier, isBarrierId } from "./catalogue";
export { GOAL_TEMPLATES } from "./goal-templates";
export { SUGGESTED_ACTIONS } from "./suggested-actions";
export { focusBarriers, pickSuggestedAction, suggestGoalTemplates, type WeeklyAction } from "./suggestions";
export { pickTip, type SentTip, TIP_REPEAT_GAP_WEEKS } from "./tip-rotation";
export { TIPS } from "./tips";
export {
  type AssessmentStatement,
  BARRIER_IDS,
  type Barrier,
  type BarrierId,
  type BarrierProfile,
  type GoalTemplate,
  type SuggestedAction,
  type Tip,
} from "./types";
