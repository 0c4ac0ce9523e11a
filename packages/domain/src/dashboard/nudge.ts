// What a friendly nudge suggests: one small, concrete step, matched to why the nudge was sent.
import type { GoalMetric } from "../goals/goal";
import type { NudgeReason } from "./rules";

const FOR_METRIC: Record<GoalMetric, string> = {
  people_met: "Say hello to one new person this week, at an event or in another team",
  conversations: "Book a 20-minute coffee chat with someone you'd like to know better",
  follow_ups_done: "Reply to one person you met recently, even with just a short thank-you",
  events_attended: "Pick one event from the team list and mark yourself as going",
  manual: "Take ten minutes to do the next step in your action plan",
};

const WHEN_QUIET = "Send a short note to one person you haven't spoken to in a while, just to catch up";

/** The step a nudge suggests: for a goal that is behind, one that moves it; otherwise a gentle way back in. */
export function nudgeSuggestion(reason: NudgeReason, behindMetric?: GoalMetric): string {
  if (reason !== "quiet" && behindMetric) return FOR_METRIC[behindMetric];
  return WHEN_QUIET;
}
