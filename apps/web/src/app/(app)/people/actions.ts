"use server";

import { MERGE_CHOOSABLE } from "@rapport/domain/contacts";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { dayWords } from "~/components/words";
import { type ActionState, api, formAction } from "~/server/api";

/** "Thu 4 Feb" in the signed-in person's locale. */
async function day(date: string): Promise<string> {
  return dayWords(date, (await (await api()).me.get()).user.locale);
}

function text(formData: FormData, key: string): string {
  return String(formData.get(key) ?? "").trim();
}

function contactFields(formData: FormData) {
  return {
    name: text(formData, "name"),
    company: text(formData, "company"),
    role: text(formData, "role"),
    email: text(formData, "email"),
    phone: text(formData, "phone"),
    linkedinUrl: text(formData, "linkedinUrl"),
    metOn: text(formData, "metOn"),
    metWhere: text(formData, "metWhere"),
    metEventId: text(formData, "metEventId"),
    tags: text(formData, "tags")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    commonGround: text(formData, "commonGround"),
    notes: text(formData, "notes"),
  };
}

function refresh(contactId?: string) {
  revalidatePath("/people");
  revalidatePath("/follow-ups");
  if (contactId) revalidatePath(`/people/${contactId}`);
}

export async function createContactAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let id: string | undefined;
  const state = await formAction(async () => {
    const fields = contactFields(formData);
    const created = await (await api()).contacts.create({
      ...fields,
      // A blank "met on" is no date at all (not an invalid one); without a date no follow-up can be planned.
      metOn: fields.metOn || null,
      proposeFollowUp: Boolean(fields.metOn) && formData.get("proposeFollowUp") === "on",
    });
    id = created.id;
  });
  if (!state.ok || !id) return state;
  refresh();
  redirect(`/people/${id}?added=1`);
}

export async function updateContactAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const contactId = text(formData, "contactId");
  const state = await formAction(async () => {
    await (await api()).contacts.update({ contactId, ...contactFields(formData) });
  });
  if (!state.ok) return state;
  refresh(contactId);
  redirect(`/people/${contactId}`);
}

export async function logInteractionAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const contactId = text(formData, "contactId");
  const state = await formAction(async () => {
    const logged = await (await api()).contacts.logInteraction({
      contactId,
      kind: text(formData, "kind") as "met",
      occurredOn: text(formData, "occurredOn"),
      outcome: (text(formData, "outcome") || "positive") as "positive",
      note: text(formData, "note"),
      reflection: text(formData, "reflection"),
    });
    return logged.suggestion
      ? logged.suggestion.message
      : "Logged. The keep-in-touch clock starts again from here.";
  });
  if (state.ok) refresh(contactId);
  return state;
}

export async function deleteInteractionAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    const { contactId } = await (await api()).contacts.deleteInteraction({
      interactionId: text(formData, "interactionId"),
    });
    refresh(contactId);
    return "Removed.";
  });
  return state;
}

export async function addFollowUpAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const contactId = text(formData, "contactId");
  const state = await formAction(async () => {
    await (await api()).contacts.addFollowUp({
      contactId,
      dueOn: text(formData, "dueOn"),
      note: text(formData, "note"),
      reason: text(formData, "reason") === "second_touch" ? "second_touch" : "manual",
    });
    return "Follow-up planned.";
  });
  if (state.ok) refresh(contactId);
  return state;
}

export async function completeFollowUpAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return formAction(async () => {
    // No revalidation here: the row would unmount before its result is shown. The client shows the
    // result, then refreshes the page (follow-up-buttons.tsx).
    const done = await (await api()).contacts.completeFollowUp({ followUpId: text(formData, "followUpId") });
    return done.nextDueOn
      ? `Done. Next catch-up with ${done.contactName} is planned for ${await day(done.nextDueOn)}.`
      : `Done. Nice work keeping in touch with ${done.contactName}.`;
  });
}

export async function snoozeFollowUpAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return formAction(async () => {
    const days = Number(text(formData, "days") || "0");
    const snoozed = await (await api()).contacts.snoozeFollowUp({
      followUpId: text(formData, "followUpId"),
      days,
    });
    refresh(snoozed.contactId);
    return `Snoozed to ${await day(snoozed.dueOn)}.`;
  });
}

export async function setCadenceAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const contactId = text(formData, "contactId");
  const clear = formData.get("clear") === "1";
  const state = await formAction(async () => {
    const result = await (await api()).contacts.setCadence({
      contactId,
      cadence: clear
        ? null
        : { idealDays: Number(text(formData, "idealDays")), maxDays: Number(text(formData, "maxDays")) },
    });
    if (clear) return "Cadence removed.";
    return result.nextOn ? `Saved. Next catch-up planned for ${await day(result.nextOn)}.` : "Saved.";
  });
  if (state.ok) refresh(contactId);
  return state;
}

export async function deleteContactAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).contacts.delete({ contactId: text(formData, "contactId") });
  });
  if (!state.ok) return state;
  refresh();
  redirect("/people?deleted=1");
}

export async function deleteAllContactsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    const { deleted } = await (await api()).contacts.deleteAll({ confirm: text(formData, "confirm") });
    return `Deleted ${deleted} ${deleted === 1 ? "person" : "people"} and their history.`;
  });
  if (state.ok) refresh();
  return state;
}

export async function setTagCadenceAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).contacts.setTagCadence({
      tag: text(formData, "tag"),
      cadence: { idealDays: Number(text(formData, "idealDays")), maxDays: Number(text(formData, "maxDays")) },
    });
    return "Saved.";
  });
  if (state.ok) refresh();
  return state;
}

export async function removeTagCadenceAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).contacts.removeTagCadence({ tag: text(formData, "tag") });
    return "Removed.";
  });
  if (state.ok) refresh();
  return state;
}

/** One chunk of an import, in its own transaction (see contact-import.ts). */
export async function importChunkAction(drafts: unknown[]) {
  try {
    const counts = await (await api()).contacts.importDrafts({ drafts: drafts as never });
    return { ok: true as const, counts };
  } catch (error) {
    return { ok: false as const, message: error instanceof Error ? error.message : "The import failed." };
  } finally {
    refresh();
  }
}

/** Merges the chosen people into the first; each field's radio names the record whose value to keep. */
export async function mergeContactsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let merged: { id: string; merged: number } | undefined;
  const state = await formAction(async () => {
    const contactIds = formData.getAll("contactIds").map(String);
    const choose = Object.fromEntries(
      MERGE_CHOOSABLE.flatMap((field) => {
        const chosen = text(formData, `choose.${field}`);
        return chosen ? [[field, chosen]] : [];
      }),
    );
    merged = await (await api()).contacts.merge({ contactIds, choose });
  });
  if (!state.ok || !merged) {
    const first = Object.values(state.fieldErrors ?? {})[0]?.[0];
    return first ? { ...state, message: first } : state;
  }
  refresh(merged.id);
  redirect(`/people/${merged.id}?merged=${merged.merged}`);
}
