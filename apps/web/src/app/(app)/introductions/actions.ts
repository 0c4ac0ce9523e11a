"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, api, formAction } from "~/server/api";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

function refresh() {
  revalidatePath("/introductions", "layout");
  revalidatePath("/today");
}

export async function sendIntroRequestAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).introRequests.send({
      introducerId: text(formData, "introducerId"),
      contactId: text(formData, "contactId") || null,
      company: text(formData, "company") || null,
      reason: text(formData, "reason"),
      blurb: text(formData, "blurb"),
    });
  });
  if (!state.ok) return state;
  refresh();
  redirect("/introductions?sent=1");
}

/** accept / asked-waiting / decline / block, named by the button pressed. */
export async function answerIntroRequestAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const requestId = text(formData, "requestId");
  const answer = text(formData, "answer");
  const state = await formAction(async () => {
    const intro = (await api()).introRequests;
    if (answer === "accept") {
      await intro.accept({ requestId, contactId: text(formData, "contactId") || null });
      return "Accepted. Your draft is ready below.";
    }
    if (answer === "asked") {
      await intro.markAskedWaiting({ requestId });
      return "Marked as asked. We'll keep it open while you wait.";
    }
    if (answer === "block") {
      await intro.block({ requestId });
      return "Declined, and this person can't send you requests any more.";
    }
    await intro.decline({ requestId });
    return "Declined. They will only see 'not this time'.";
  });
  if (state.ok) refresh();
  return state;
}

export async function logIntroducedContactAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).introRequests.logContact({
      requestId: text(formData, "requestId"),
      name: text(formData, "name"),
      company: text(formData, "company") || null,
      role: null,
      email: text(formData, "email") || null,
    });
    return "Added to your people.";
  });
  if (state.ok) refresh();
  return state;
}

export async function setShareCompaniesAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const share = text(formData, "share") === "on";
  const state = await formAction(async () => {
    await (await api()).sharing.setCompanies({ share });
    return share
      ? "Colleagues can now see the companies you know people at."
      : "Companies are no longer shared.";
  });
  if (state.ok) refresh();
  return state;
}

export async function setContactOpenAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const open = text(formData, "open") === "true";
  const state = await formAction(async () => {
    await (await api()).sharing.setContactOpen({ contactId: text(formData, "contactId"), open });
    return open ? "Shared: colleagues can now find this person." : "No longer shared.";
  });
  if (state.ok) refresh();
  return state;
}

export async function withdrawAllSharingAction(_: ActionState): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).sharing.withdrawAll();
    return "You now share nothing. Colleagues' next search will not find you.";
  });
  if (state.ok) refresh();
  return state;
}

export async function unblockAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).introRequests.unblock({ userId: text(formData, "userId") });
    return "They can ask you again.";
  });
  if (state.ok) refresh();
  return state;
}
