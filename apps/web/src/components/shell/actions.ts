"use server";

import { signOut } from "@rapport/auth/next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { api } from "~/server/api";
import { ORG_COOKIE } from "~/server/session";

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

export async function signOutEverywhereAction() {
  await (await api()).me.signOutEverywhere();
  await signOut({ redirectTo: "/sign-in" });
}

/** Switches the organisation I am looking at; the API still checks I am a member of it. */
export async function switchOrganisationAction(formData: FormData) {
  const id = String(formData.get("organisationId") ?? "");
  (await cookies()).set(ORG_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  redirect("/today");
}
