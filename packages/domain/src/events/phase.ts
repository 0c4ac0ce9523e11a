// Where an event stands relative to now, and which shared rules apply to it.

export const EVENT_KINDS = ["conference", "meetup", "online_community", "internal", "other"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Readonly<Record<EventKind, string>> = {
  conference: "Conference",
  meetup: "Meetup",
  online_community: "Online community",
  internal: "Internal",
  other: "Other",
};

export const RSVP_STATUSES = ["interested", "going", "attended"] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];

export type EventPhase = "upcoming" | "ongoing" | "ended";

export function eventPhase(event: { startsAt: Date; endsAt: Date }, now: Date): EventPhase {
  if (now.getTime() < event.startsAt.getTime()) return "upcoming";
  if (now.getTime() < event.endsAt.getTime()) return "ongoing";
  return "ended";
}

/**
 * Which answers a person may give: "I attended" only once the event has started (you cannot have been
 * yet), "interested" and "going" only before it ends (afterwards the question is whether you went).
 */
export function allowedRsvps(phase: EventPhase): readonly RsvpStatus[] {
  if (phase === "upcoming") return ["interested", "going"];
  if (phase === "ongoing") return ["interested", "going", "attended"];
  return ["attended"];
}

/** Interest tags: trimmed, lower-case, de-duplicated, at most 8 of at most 30 characters. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().toLowerCase().replace(/\s+/g, " ").slice(0, 30);
    if (tag && !out.includes(tag)) out.push(tag);
    if (out.length === 8) break;
  }
  return out;
}

/** The day a person met someone at an event, as YYYY-MM-DD in their time zone (for /people/new?metOn=). */
export function metOnDate(event: { startsAt: Date }, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(event.startsAt);
  return parts;
}
