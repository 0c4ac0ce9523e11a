"use server";

import type { LocaleTag } from "@rapport/domain/words";
import { revalidatePath } from "next/cache";
import { type ActionState, api, formAction } from "~/server/api";

export async function updateProfileAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).me.updateProfile({
      name: String(formData.get("name") ?? ""),
      timeZone: String(formData.get("timeZone") ?? ""),
      // The schema refuses anything that is not one of the listed formats.
      locale: String(formData.get("locale") ?? "") as LocaleTag,
    });
    return "Saved.";
  });
  // Every signed-in page (the route group's layout), not the prerendered landing page: rebuilding that
  // would give it new inline scripts that its build-time CSP hashes do not name.
  if (state.ok) revalidatePath("/(app)", "layout");
  return state;
}
