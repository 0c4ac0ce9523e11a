"use server";

import { addDays, localDate } from "@rapport/domain/time";
import { endOfWeek, weekStartOf } from "@rapport/domain/words";
import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { dayWords } from "~/components/words";
import { api } from "~/server/api";

/** How to put a change from Today back exactly as it was; the client hands it back on "Undo". */
export type UndoStep =
  | { kind: "reopen"; followUpId: string; nextFollowUpId: string | null }
  | { kind: "due"; followUpId: string; dueOn: string }
  | { kind: "interaction"; interactionId: string; dues: { followUpId: string; dueOn: string }[] }
  | { kind: "rsvp"; eventId: string; status: "interested" | "going" | "attended" | "none" }
  | { kind: "checkIn"; checkInId: string };

export type TodayResult = { ok: true; message: string; undo?: UndoStep } | { ok: false; message: string };

async function run(work: () => Promise<TodayResult>): Promise<TodayResult> {
  try {
    const result = await work();
    revalidatePath("/today");
    revalidatePath("/follow-ups");
    return result;
  } catch (error) {
    if (error instanceof TRPCError) {
      const issues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues;
      return { ok: false, message: issues?.[0]?.message ?? error.message };
    }
    throw error;
  }
}

async function reader() {
  const caller = await api();
  const { user } = await caller.me.get();
  return { caller, locale: user.locale, today: localDate(new Date(), user.timeZone) };
}

export async function completeFromToday(followUpId: string): Promise<TodayResult> {
  return run(async () => {
    const { caller, locale } = await reader();
    const done = await caller.contacts.completeFollowUp({ followUpId });
    return {
      ok: true,
      message: done.nextDueOn
        ? `Done. Next catch-up with ${done.contactName} on ${dayWords(done.nextDueOn, locale)}.`
        : `Done. Nice work keeping in touch with ${done.contactName}.`,
      undo: { kind: "reopen", followUpId, nextFollowUpId: done.nextId },
    };
  });
}

/** Snooze to tomorrow, to the first day of the person's next week, or to a picked day. */
export async function snoozeFromToday(
  followUpId: string,
  when: "tomorrow" | "nextWeek" | { date: string },
  previousDueOn: string,
): Promise<TodayResult> {
  return run(async () => {
    const { caller, locale, today } = await reader();
    const until =
      when === "tomorrow"
        ? addDays(today, 1)
        : when === "nextWeek"
          ? addDays(endOfWeek(today, weekStartOf(locale)), 1)
          : String(when.date).slice(0, 10);
    const snoozed = await caller.contacts.snoozeFollowUp({ followUpId, until });
    return {
      ok: true,
      message: `Snoozed to ${dayWords(snoozed.dueOn, locale)}.`,
      undo: { kind: "due", followUpId, dueOn: previousDueOn },
    };
  });
}

export async function logFromToday(
  contactId: string,
  kind: "message" | "call" | "coffee" | "met",
  note: string,
): Promise<TodayResult> {
  return run(async () => {
    const { caller, today } = await reader();
    // Logging can move the person's keep-in-touch follow-up; remember where each one was for Undo.
    const before = await caller.contacts.get({ contactId });
    const dues = before.openFollowUps.map((f) => ({ followUpId: f.id, dueOn: f.dueOn }));
    const logged = await caller.contacts.logInteraction({
      contactId,
      kind,
      occurredOn: today,
      note: note.slice(0, 2000),
    });
    return {
      ok: true,
      message: `Logged with ${before.contact.name}.`,
      undo: { kind: "interaction", interactionId: logged.id, dues },
    };
  });
}

export async function rsvpFromToday(
  eventId: string,
  status: "interested" | "going" | "none",
  previous: "interested" | "going" | "attended" | null,
): Promise<TodayResult> {
  return run(async () => {
    const { caller } = await reader();
    await caller.events.rsvp({ eventId, status });
    revalidatePath("/events");
    return {
      ok: true,
      message:
        status === "going"
          ? "You're going."
          : status === "interested"
            ? "Marked as interested."
            : "Answer removed.",
      undo: { kind: "rsvp", eventId, status: previous ?? "none" },
    };
  });
}

export async function checkInFromToday(goalId: string, amount: number): Promise<TodayResult> {
  return run(async () => {
    const { caller } = await reader();
    const checkIn = await caller.goals.checkIn({ goalId, amount, note: "" });
    if (!checkIn) return { ok: false, message: "The check-in could not be saved." };
    return {
      ok: true,
      message: `Checked in: +${amount}.`,
      undo: { kind: "checkIn", checkInId: checkIn.id },
    };
  });
}

/** Puts back what one of the actions above changed. */
export async function undoFromToday(step: UndoStep): Promise<TodayResult> {
  return run(async () => {
    const { caller } = await reader();
    switch (step.kind) {
      case "reopen":
        await caller.contacts.reopenFollowUp({
          followUpId: step.followUpId,
          nextFollowUpId: step.nextFollowUpId,
        });
        break;
      case "due":
        await caller.contacts.setFollowUpDue({ followUpId: step.followUpId, dueOn: step.dueOn });
        break;
      case "interaction":
        await caller.contacts.deleteInteraction({ interactionId: step.interactionId });
        for (const due of step.dues) {
          await caller.contacts.setFollowUpDue(due).catch(() => undefined);
        }
        break;
      case "rsvp":
        await caller.events.rsvp({ eventId: step.eventId, status: step.status });
        revalidatePath("/events");
        break;
      case "checkIn":
        await caller.goals.removeCheckIn({ checkInId: step.checkInId });
        break;
    }
    return { ok: true, message: "Undone." };
  });
}
