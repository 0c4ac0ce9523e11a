"use server";

import { signOut } from "@rapport/auth/next";
import { TRPCError } from "@trpc/server";
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

export type PaletteHit = Awaited<
  ReturnType<Awaited<ReturnType<typeof api>>["search"]["everything"]>
>["hits"][number];

/** The command palette's search: what the API finds for these words, or the reason it could not. */
export async function paletteSearchAction(
  q: string,
): Promise<{ hits: PaletteHit[]; error?: undefined } | { hits: []; error: string }> {
  try {
    return await (await api()).search.everything({ q: String(q).slice(0, 100) });
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR")
      return { hits: [], error: error.message };
    return { hits: [], error: "Search is not available right now; try again in a moment." };
  }
}
