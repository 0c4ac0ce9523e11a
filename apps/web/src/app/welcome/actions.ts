"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionState, api, formAction } from "~/server/api";
import { ORG_COOKIE } from "~/server/session";

export async function createOrganisationAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let organisationId = "";
  const state = await formAction(async () => {
    const org = await (await api()).organisation.create({
      name: String(formData.get("name") ?? ""),
      timeZone: String(formData.get("timeZone") ?? ""),
      firstTeam: String(formData.get("firstTeam") ?? "").trim() || undefined,
    });
    organisationId = org.id;
  });
  if (!state.ok) return state;
  (await cookies()).set(ORG_COOKIE, organisationId, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect("/settings/organisation?welcome=1");
}

export async function acceptPendingInvitationAction(formData: FormData) {
  const result = await (await api()).invitations.acceptById({
    invitationId: String(formData.get("invitationId") ?? ""),
  });
  (await cookies()).set(ORG_COOKIE, result.organisationId, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect("/today");
}
