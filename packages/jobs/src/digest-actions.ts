import {
  claimActionUse,
  completeFollowUp,
  type Database,
  eventForAction,
  findActionUse,
  followUpForAction,
  readingPrefsOf,
  setRsvp,
  settleActionUse,
  snoozeFollowUp,
} from "@rapport/db";
import { AppError } from "@rapport/domain";
import { dayWords } from "@rapport/domain/words";
import { type ActionClaims, verifyActionToken } from "./action-token";

/** What the action page shows. Only "confirm" offers a button; nothing but `apply` changes anything. */
export type ActionPage =
  | { state: "invalid" | "expired" | "not-yours" | "gone"; title: string; message: string }
  | { state: "confirm"; title: string; message: string; button: string; link: AppLink }
  | { state: "applied" | "already" | "refused"; title: string; message: string; link: AppLink };

export interface AppLink {
  href: string;
  label: string;
}

const NOTHING = "Nothing was changed.";

/**
 * Handles a signed digest link. `look` (the GET a person or a mail scanner makes) only describes what
 * the button would do; `apply` (the button's POST) does it once, and a repeat reports the first result.
 * The link is the credential, like the unsubscribe link; when someone else is signed in on this browser
 * the link is refused, so a forwarded email cannot act for its reader.
 */
export async function handleDigestAction(
  db: Database,
  secret: string,
  token: string,
  mode: "look" | "apply",
  options: { sessionUserId?: string | null; now?: Date } = {},
): Promise<ActionPage> {
  const now = options.now ?? new Date();
  const verified = verifyActionToken(token, secret, now);
  if (!verified.ok) {
    return verified.reason === "expired"
      ? {
          state: "expired",
          title: "This link has expired",
          message: `Links in the weekly digest work for 14 days. ${NOTHING} Open Rapport to do it there.`,
        }
      : {
          state: "invalid",
          title: "This link doesn't work",
          message: `It may have been copied in part or changed. ${NOTHING}`,
        };
  }
  const claims = verified.claims;
  if (options.sessionUserId && options.sessionUserId !== claims.userId) {
    return {
      state: "not-yours",
      title: "This link was sent to someone else",
      message: `You are signed in as another person, and each digest link works only for the person it was sent to. ${NOTHING}`,
    };
  }
  return claims.action === "going" ? goingAction(db, claims, mode, now) : followUpAction(db, claims, mode);
}

async function previousUse(db: Database, claims: ActionClaims, link: AppLink): Promise<ActionPage | null> {
  const use = await findActionUse(db, claims.signature);
  if (!use?.outcome) return null;
  return { state: "already", title: "Already done", message: use.outcome, link };
}

async function followUpAction(
  db: Database,
  claims: ActionClaims,
  mode: "look" | "apply",
): Promise<ActionPage> {
  const found = await followUpForAction(db, claims.userId, claims.itemId);
  if (!found) {
    return {
      state: "gone",
      title: "This follow-up isn't there any more",
      message: `It may have been deleted. ${NOTHING}`,
    };
  }
  const { scope, followUp } = found;
  const prefs = await readingPrefsOf(db, claims.userId);
  const day = (date: string) => dayWords(date, prefs.locale);
  const link = { href: `/people/${followUp.contactId}`, label: `Open ${followUp.contactName}` };
  const used = await previousUse(db, claims, link);
  if (used) return used;
  const who = followUp.contactName;
  if (followUp.doneOn) {
    return {
      state: "already",
      title: "Already done",
      message: `Your follow-up with ${who} was marked done on ${day(followUp.doneOn)}.`,
      link,
    };
  }
  if (mode === "look") {
    return claims.action === "done"
      ? {
          state: "confirm",
          title: `Mark your follow-up with ${who} done?`,
          message: `It was due ${day(followUp.dueOn)}.`,
          button: "Mark it done",
          link,
        }
      : {
          state: "confirm",
          title: `Snooze your follow-up with ${who} for a week?`,
          message: `It is due ${day(followUp.dueOn)}; it will come back a week later.`,
          button: "Snooze a week",
          link,
        };
  }
  if (!(await claimActionUse(db, { ...claims, itemId: claims.itemId }))) {
    return (
      (await previousUse(db, claims, link)) ?? { state: "already", title: "Already done", message: "", link }
    );
  }
  try {
    let outcome: string;
    if (claims.action === "done") {
      const done = await completeFollowUp(db, scope, followUp.id);
      outcome = done.nextDueOn
        ? `Your follow-up with ${who} is done. The next catch-up is planned for ${day(done.nextDueOn)}.`
        : `Your follow-up with ${who} is done. Nice work keeping in touch.`;
    } else {
      const snoozed = await snoozeFollowUp(db, scope, followUp.id, { days: 7 });
      outcome = `Your follow-up with ${who} is now due ${day(snoozed.dueOn)}.`;
    }
    await settleActionUse(db, claims.signature, outcome);
    return { state: "applied", title: claims.action === "done" ? "Done" : "Snoozed", message: outcome, link };
  } catch (error) {
    await settleActionUse(db, claims.signature, null);
    if (error instanceof AppError) {
      return { state: "refused", title: "That didn't work", message: `${error.message} ${NOTHING}`, link };
    }
    throw error;
  }
}

async function goingAction(
  db: Database,
  claims: ActionClaims,
  mode: "look" | "apply",
  now: Date,
): Promise<ActionPage> {
  const found = await eventForAction(db, claims.userId, claims.itemId);
  if (!found) {
    return {
      state: "gone",
      title: "This event isn't there any more",
      message: `It may have been deleted, or you are no longer in its team. ${NOTHING}`,
    };
  }
  const { scope, event } = found;
  const link = { href: `/events/${event.id}`, label: "Open the event" };
  const used = await previousUse(db, claims, link);
  if (used) return used;
  if (mode === "look") {
    if (found.myRsvp === "going") {
      return { state: "already", title: "Already going", message: `You're going to ${event.title}.`, link };
    }
    return {
      state: "confirm",
      title: `Going to ${event.title}?`,
      message: "Your team will see you're going.",
      button: "I'm going",
      link,
    };
  }
  if (!(await claimActionUse(db, claims))) {
    return (
      (await previousUse(db, claims, link)) ?? { state: "already", title: "Already going", message: "", link }
    );
  }
  try {
    await setRsvp(db, scope, event.id, "going", now);
    const outcome = `You're going to ${event.title}. Your team can see it.`;
    await settleActionUse(db, claims.signature, outcome);
    return { state: "applied", title: "You're going", message: outcome, link };
  } catch (error) {
    await settleActionUse(db, claims.signature, null);
    if (error instanceof AppError) {
      return { state: "refused", title: "That didn't work", message: `${error.message} ${NOTHING}`, link };
    }
    throw error;
  }
}
