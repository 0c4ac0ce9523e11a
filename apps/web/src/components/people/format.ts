import { addDays, daysBetween } from "@rapport/domain/time";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});
const fullFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "Mon 3 Mar" for a 'YYYY-MM-DD' day (no time zone shifts: it is a calendar day). */
export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date}T12:00:00Z`));
}

export function formatFullDay(date: string): string {
  return fullFormat.format(new Date(`${date}T12:00:00Z`));
}

/** "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
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
