// Follow-ups and keep-in-touch rules. Every date is a 'YYYY-MM-DD' string in the person's own
// time zone; convert instants with `localDate` from the time area before calling in.
export {
  type Cadence,
  type CadenceLight,
  type CadenceSource,
  type CadenceStatus,
  cadenceStatus,
  effectiveCadence,
  lastInteractionOn,
  validateCadence,
} from "./cadence";
export { FollowUpRuleError } from "./errors";
export {
  DECLINED_PAUSE_DAYS,
  INTERACTION_KINDS,
  INTERACTION_OUTCOMES,
  type InteractionForSuggestion,
  type InteractionKind,
  type InteractionOutcome,
  isInteractionKind,
  isInteractionOutcome,
  NO_REPLY_RETRY_DAYS,
  REPEATED_NO_REPLY_GIVE_VALUE_DAYS,
  type SecondTouchSuggestion,
  secondTouchSuggestion,
} from "./interactions";
export { FIRST_FOLLOW_UP_DELAY_DAYS, type FollowUpEvent, firstFollowUpDate, nextFollowUp } from "./schedule";
export { type DueGroups, dueInWeekAhead, groupDue, type LosingTouchEntry, losingTouch } from "./views";
