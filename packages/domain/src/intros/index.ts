// Intros programmes: Rapport pairs colleagues for a conversation every few weeks. The matching is
// pure and deterministic for a seed; see matching.ts for the algorithm and why.
export { groupPlan, type IntroGroup, type MatchInput, type MatchResult, matchRound } from "./matching";
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
