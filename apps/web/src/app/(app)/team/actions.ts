"use server";

import { TRPCError } from "@trpc/server";
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
  const note = String(formData.get("note") ?? "");
  const state = await formAction(async () => {
    await (await api()).dashboard.nudge({ teamId, userId, note });
    return `Nudge sent. ${firstName} will get a short, friendly email.`;
  });
  if (state.ok) {
    revalidatePath(`/team/${teamId}`);
    revalidatePath(`/team/${teamId}/members/${userId}`);
  }
  return state;
}

export type NudgePreview =
  | { ok: true; to: string; subject: string; html: string }
  | { ok: false; message: string };

/** The email a nudge would send with this note, for the manager to read before sending. */
export async function nudgePreviewAction(
  teamId: string,
  userId: string,
  note: string,
): Promise<NudgePreview> {
  try {
    const preview = await (await api()).dashboard.nudgePreview({
      teamId: String(teamId),
      userId: String(userId),
      note: String(note),
    });
    return { ok: true, to: preview.to, subject: preview.subject, html: preview.html };
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
      return { ok: false, message: error.message };
    }
    return { ok: false, message: "The preview could not be made just now; try again in a moment." };
  }
}
