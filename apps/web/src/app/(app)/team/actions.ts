"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, api, formAction } from "~/server/api";

function text(formData: FormData, key: string): string {
  return String(formData.get(key) ?? "").trim();
}

/**
 * Sends one friendly nudge email to a team member. The API decides whether it is needed and keeps to
 * one a week per person; a refusal comes back as the message to show beside the button.
 */
export async function nudgeAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const teamId = text(formData, "teamId");
  const userId = text(formData, "userId");
  const firstName = text(formData, "name").split(/\s+/)[0] || "They";
  const state = await formAction(async () => {
    await (await api()).dashboard.nudge({ teamId, userId });
    return `Nudge sent. ${firstName} will get a short, friendly email.`;
  });
  if (state.ok) {
    revalidatePath(`/team/${teamId}`);
    revalidatePath(`/team/${teamId}/members/${userId}`);
  }
  return state;
}
