"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionState, api, formAction } from "~/server/api";
import { ORG_COOKIE } from "~/server/session";

export async function acceptInvitationAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let organisationId = "";
  const state = await formAction(async () => {
    const result = await (await api()).invitations.accept({ token: String(formData.get("token") ?? "") });
    organisationId = result.organisationId;
  });
  if (!state.ok) return state;
  (await cookies()).set(ORG_COOKIE, organisationId, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect("/today?joined=1");
}
