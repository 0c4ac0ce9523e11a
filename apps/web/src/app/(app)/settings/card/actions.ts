"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, api, formAction } from "~/server/api";

export async function saveCardAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const text = (key: string) => String(formData.get(key) ?? "");
  const state = await formAction(async () => {
    await (await api()).card.update({
      name: text("name"),
      role: text("role"),
      company: text("company"),
      email: text("email"),
      phone: text("phone"),
      linkedinUrl: text("linkedinUrl"),
      // The schema refuses anything that is not one of the card's fields.
      shown: formData.getAll("shown").map(String) as never,
    });
    return "Saved. Your code shows it now.";
  });
  if (state.ok) revalidatePath("/settings/card");
  return state;
}

export async function setCardLinkAction(formData: FormData) {
  await (await api()).card.setLink({ on: formData.get("on") === "true" });
  revalidatePath("/settings/card");
}
