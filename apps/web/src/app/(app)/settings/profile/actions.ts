"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, api, formAction } from "~/server/api";

export async function updateProfileAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).me.updateProfile({
      name: String(formData.get("name") ?? ""),
      timeZone: String(formData.get("timeZone") ?? ""),
    });
    return "Saved.";
  });
  if (state.ok) revalidatePath("/", "layout");
  return state;
}
