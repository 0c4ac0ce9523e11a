"use server";

import { type ActionState, api, formAction } from "~/server/api";

export async function requestRenewalAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return formAction(async () => {
    const { outcome } = await (await api()).invitations.requestRenewal({
      token: String(formData.get("token") ?? "").slice(0, 200),
    });
    return {
      asked: "Done: we asked for a new invitation. It will come to you by email.",
      "already-asked":
        "You already asked today; your admin has the message. The new invitation will come by email.",
      "still-valid": "Your invitation still works: reload this page to join.",
    }[outcome];
  });
}
