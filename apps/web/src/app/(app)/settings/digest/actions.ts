"use server";

import { DIGEST_SECTIONS } from "@rapport/domain/digest";
import { revalidatePath } from "next/cache";
import { type ActionState, api, formAction } from "~/server/api";

export async function updateDigestPreferencesAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).digest.updatePreferences({
      enabled: formData.get("enabled") === "on",
      day: Number(formData.get("day")),
      hour: Number(formData.get("hour")),
      // Unticked sections are left out; the form lists every section, so absent means hidden.
      hiddenSections: DIGEST_SECTIONS.filter((id) => formData.get(`section-${id}`) !== "on"),
    });
    return "Saved.";
  });
  if (state.ok) revalidatePath("/settings/digest");
  return state;
}
