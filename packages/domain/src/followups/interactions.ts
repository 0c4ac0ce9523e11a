// What happened when someone reached out, and a kind next step when it did not go their way.
// A "no" or silence is normal; the product's job is to suggest one more gentle touch, not pressure.
import { addDays } from "../time";
import { FollowUpRuleError, requireDate } from "./errors";

export const INTERACTION_KINDS = ["met", "message", "call", "coffee", "intro", "gave_value"] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_OUTCOMES = ["positive", "neutral", "no_reply", "declined"] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

export function isInteractionKind(value: string): value is InteractionKind {
  return (INTERACTION_KINDS as readonly string[]).includes(value);
}

export function isInteractionOutcome(value: string): value is InteractionOutcome {
  return (INTERACTION_OUTCOMES as readonly string[]).includes(value);
}

/** Wait this long after silence before one more try: long enough not to crowd anyone. */
export const NO_REPLY_RETRY_DAYS = 7;
/** After a second silence, stop asking and offer something useful a while later instead. */
export const REPEATED_NO_REPLY_GIVE_VALUE_DAYS = 30;
/** After a "no", leave the ask alone for about a season. */
export const DECLINED_PAUSE_DAYS = 90;

export interface SecondTouchSuggestion {
  /** The date to suggest it on. */
  suggestOn: string;
  /** The kind of interaction suggested. */
  kind: InteractionKind;
  /** A short, warm prompt shown to the person. */
  message: string;
}

export interface InteractionForSuggestion {
  kind: InteractionKind;
  outcome: InteractionOutcome;
  occurredOn: string;
  /** How many touches before this one in a row also went unanswered (0 when unknown). */
  earlierNoReplies?: number;
}

/**
 * For a "no reply" or "declined" outcome, a gentle next step and when to take it; null for
 * positive and neutral outcomes, which need no nudge.
 *
 * - no reply: one more short, friendly try after 7 days, in the same way as before;
 * - no reply again: stop asking; in 30 days share something useful to them instead;
 * - declined: no new ask for 90 days; then a "gave value" touch with nothing requested.
 */
export function secondTouchSuggestion(interaction: InteractionForSuggestion): SecondTouchSuggestion | null {
  const { kind, outcome, occurredOn } = interaction;
  requireDate(occurredOn, "occurredOn");
  const earlier = interaction.earlierNoReplies ?? 0;
  if (!Number.isInteger(earlier) || earlier < 0) {
    throw new FollowUpRuleError(`earlierNoReplies must be a whole number, 0 or more (got ${earlier}).`);
  }
  switch (outcome) {
    case "positive":
    case "neutral":
      return null;
    case "no_reply":
      if (earlier === 0) {
        return {
          suggestOn: addDays(occurredOn, NO_REPLY_RETRY_DAYS),
          kind: kind === "met" || kind === "gave_value" ? "message" : kind,
          message:
            "No reply yet, and that is normal: inboxes get busy. Send one short, friendly note that " +
            "picks up where you left off, with an easy way for them to answer.",
        };
      }
      return {
        suggestOn: addDays(occurredOn, REPEATED_NO_REPLY_GIVE_VALUE_DAYS),
        kind: "gave_value",
        message:
          "You have reached out twice, which is plenty for now. Let it rest; in a few weeks, pass on " +
          "something they might enjoy, such as an article, an event or an introduction, and ask for nothing.",
      };
    case "declined":
      return {
        suggestOn: addDays(occurredOn, DECLINED_PAUSE_DAYS),
        kind: "gave_value",
        message:
          "They said no this time, which says nothing about your worth. Leave the ask for now. In a " +
          "few months, share something useful to them or congratulate them on news, with no request attached.",
      };
  }
}
