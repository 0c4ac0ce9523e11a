"use server";

import { redirect } from "next/navigation";
import { type ActionState, api, formAction } from "~/server/api";
import { safeCallbackUrl } from "~/server/session";

export async function saveAboutYouAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).me.updateProfile({
      name: String(formData.get("name") ?? ""),
      timeZone: String(formData.get("timeZone") ?? ""),
    });
  });
  if (!state.ok) return state;
  redirect(await safeCallbackUrl(formData.get("next")));
}
