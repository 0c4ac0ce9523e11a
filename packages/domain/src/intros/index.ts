// Intros programmes: Rapport pairs colleagues for a conversation every few weeks. The matching is
// pure and deterministic for a seed; see matching.ts for the algorithm and why.
export {
  CHECK_IN_DAYS_BEFORE_NEXT_ROUND,
  type IntroCheckInAnswer,
  type IntroCheckInState,
  introCheckInState,
} from "./check-in";
export {
  type IntroHoldInput,
  type IntroHoldPerson,
  introHoldContentType,
  introHoldFilename,
  introHoldUid,
  writeIntroHold,
} from "./hold";
export { groupPlan, type IntroGroup, type MatchInput, type MatchResult, matchRound } from "./matching";
export { INTRO_SLOT_MINUTES, type IntroSlot, type NetworkingBlock, suggestIntroSlot } from "./slot";
export {
  type IntroHistory,
  type IntroMode,
  type IntroParticipant,
  type PairReasons,
  pairReasons,
  REPEAT_WINDOW_ROUNDS,
  recentPairs,
} from "./weights";
export { type IntroReasonsForWords, introStarters, introWhy } from "./wording";
