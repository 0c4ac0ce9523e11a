// Warm introductions: what colleagues may learn from a person's sharing choice, how requests move
// between states, when they lapse and how many a person may send in a week. Pure rules, no I/O.

import { SMALL_GROUP_MIN } from "../dashboard/rules";
import { AppError } from "../errors";

/** A request nobody answered lapses after three weeks. */
export const INTRO_REQUEST_TTL_DAYS = 21;
/** Requests one person may send in any seven days. */
export const WEEKLY_REQUEST_LIMIT = 5;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** The three levels a person chooses between; "nothing" is the default and shares nothing at all. */
export type SharingLevel = "nothing" | "companies" | "contacts";

/** The level a person's choices amount to, for their own settings page and the manager aggregate. */
export function sharingLevelOf(choice: { shareCompanies: boolean; openContacts: number }): SharingLevel[] {
  const levels: SharingLevel[] = [];
  if (choice.shareCompanies) levels.push("companies");
  if (choice.openContacts > 0) levels.push("contacts");
  return levels.length > 0 ? levels : ["nothing"];
}

/**
 * How many people a colleague knows somewhere, as others may see it: never the exact number, so a
 * count cannot be matched to a single contact ("a few", then at least 5, 10, 25).
 */
export function roundedCount(count: number): { atLeast: number } | null {
  if (!Number.isFinite(count) || count < 1) return null;
  const floor = [25, 10, 5].find((band) => count >= band);
  return { atLeast: floor ?? 1 };
}

/** Words for a rounded count: "someone", "a few people", "5+ people". */
export function roundedCountWords(band: { atLeast: number }): string {
  if (band.atLeast <= 1) return "a few people";
  return `${band.atLeast}+ people`;
}

/** Companies and fields are matched without case or stray spaces: "ACME " and "Acme" are one company. */
export function sharingKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export type IntroRequestStatus = "pending" | "accepted" | "asked_waiting" | "declined" | "expired" | "done";
export type IntroRequestAction = "accept" | "askedWaiting" | "decline" | "done";

const OPEN: readonly IntroRequestStatus[] = ["pending", "asked_waiting"];

export function introRequestExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INTRO_REQUEST_TTL_DAYS * DAY_MS);
}

/** The status as of `now`: an unanswered request past its expiry has lapsed even before a job marks it. */
export function effectiveIntroStatus(
  request: { status: IntroRequestStatus; expiresAt: Date },
  now: Date,
): IntroRequestStatus {
  return OPEN.includes(request.status) && request.expiresAt.getTime() <= now.getTime()
    ? "expired"
    : request.status;
}

/** Which status an action leads to, or a conflict naming what happened instead. */
export function nextIntroStatus(current: IntroRequestStatus, action: IntroRequestAction): IntroRequestStatus {
  const allowed: Record<IntroRequestAction, readonly IntroRequestStatus[]> = {
    accept: ["pending", "asked_waiting"],
    askedWaiting: ["pending"],
    decline: ["pending", "asked_waiting"],
    done: ["accepted"],
  };
  if (!allowed[action].includes(current)) {
    throw new AppError("conflict", closedMessage(current));
  }
  const to: Record<IntroRequestAction, IntroRequestStatus> = {
    accept: "accepted",
    askedWaiting: "asked_waiting",
    decline: "declined",
    done: "done",
  };
  return to[action];
}

function closedMessage(status: IntroRequestStatus): string {
  switch (status) {
    case "expired":
      return "This request has lapsed.";
    case "declined":
      return "This request is already closed.";
    case "done":
      return "This introduction is already logged.";
    case "accepted":
      return "This request is already accepted.";
    default:
      return "This request is still waiting for an answer.";
  }
}

/**
 * What the requester sees. A private decline and a lapse look the same ("not this time"), so the
 * requester can never tell a no from a busy colleague, and never sees a reason.
 */
export type RequesterIntroStatus = "waiting" | "asking" | "accepted" | "not_this_time" | "done";
export function requesterIntroStatus(status: IntroRequestStatus): RequesterIntroStatus {
  switch (status) {
    case "pending":
      return "waiting";
    case "asked_waiting":
      return "asking";
    case "accepted":
      return "accepted";
    case "done":
      return "done";
    default:
      return "not_this_time";
  }
}

/** Refuses a new request when the person sent the weekly limit in the last seven days. */
export function checkIntroRequestLimit(sentAt: readonly Date[], now: Date): void {
  const since = now.getTime() - WEEK_MS;
  const recent = sentAt
    .map((d) => d.getTime())
    .filter((t) => t > since)
    .sort((a, b) => a - b);
  if (recent.length < WEEKLY_REQUEST_LIMIT) return;
  const oldest = recent[recent.length - WEEKLY_REQUEST_LIMIT] ?? now.getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest + WEEK_MS - now.getTime()) / 1000));
  throw new AppError(
    "rate_limited",
    `You can send ${WEEKLY_REQUEST_LIMIT} intro requests a week. Try again in a few days.`,
    undefined,
    retryAfterSeconds,
  );
}

/**
 * The team aggregate a manager may see: counts only, never who asked whom, and nothing at all for a
 * group smaller than the small-group minimum.
 */
export function teamIntroSummary(input: {
  members: number;
  sharingAnything: number;
  requestsMade: number;
  accepted: number;
}):
  | { shown: false; minimum: number }
  | {
      shown: true;
      requestsMade: number;
      accepted: number;
      sharingShare: number;
    } {
  if (input.members < SMALL_GROUP_MIN) return { shown: false, minimum: SMALL_GROUP_MIN };
  return {
    shown: true,
    requestsMade: input.requestsMade,
    accepted: input.accepted,
    sharingShare: Math.round((input.sharingAnything / input.members) * 100) / 100,
  };
}
