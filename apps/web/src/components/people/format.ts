import { addDays, daysBetween } from "@rapport/domain/time";
import { countOf, NOUNS } from "~/components/words";

/** "today", "tomorrow", "in 5 days", "1 day ago". */
export function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${countOf(days, NOUNS.day)}` : `${countOf(-days, NOUNS.day)} ago`;
}

export { addDays };

export const KIND_LABELS = {
  met: "Met",
  message: "Message",
  call: "Call",
  coffee: "Coffee",
  intro: "Intro made",
  gave_value: "Gave value",
} as const;

export const OUTCOME_LABELS = {
  positive: "Positive",
  neutral: "Neutral",
  no_reply: "No reply",
  declined: "Declined",
} as const;

export const REASON_LABELS = {
  first_meeting: "First follow-up",
  cadence: "Keep in touch",
  second_touch: "Second touch",
  manual: "Follow-up",
} as const;

export const LIGHT = {
  green: { tone: "green", label: "In touch" },
  amber: { tone: "amber", label: "Due a catch-up" },
  red: { tone: "red", label: "Losing touch" },
} as const;
