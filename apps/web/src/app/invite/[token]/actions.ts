"use server";

import { SESSION_MAX_AGE_SECONDS, sessionCookieName, startInvitationSession } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import { AppError } from "@rapport/domain";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionState, api, formAction } from "~/server/api";
import { appUrl, ORG_COOKIE } from "~/server/session";

const AFTER_JOINING = `/about-you?${new URLSearchParams({ next: "/today?joined=1" })}`;

async function rememberOrganisation(organisationId: string) {
  (await cookies()).set(ORG_COOKIE, organisationId, { httpOnly: true, sameSite: "lax", path: "/" });
}

/** Already signed in with the invited address: join with the button. */
export async function acceptInvitationAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let organisationId = "";
  const state = await formAction(async () => {
    const result = await (await api()).invitations.accept({ token: String(formData.get("token") ?? "") });
    organisationId = result.organisationId;
  });
  if (!state.ok) return state;
  await rememberOrganisation(organisationId);
  redirect(AFTER_JOINING);
}

/**
 * Not signed in (or signed in as someone else): the invitation link is the proof of the address, so the
 * button signs the invited person in and joins them in one step. Server actions only accept same-origin
 * POSTs, and merely opening the link (as mail scanners do) changes nothing.
 */
export async function joinWithInvitationAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const token = String(formData.get("token") ?? "").slice(0, 200);
  if (!token) return { ok: false, message: "This invitation link is incomplete." };
  let joined: Awaited<ReturnType<typeof startInvitationSession>>;
  try {
    joined = await startInvitationSession((await getDatabase()).db, token);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
  // The same cookie Auth.js writes for a database session (name, attributes, expiry).
  const secure = (await appUrl()).startsWith("https://");
  (await cookies()).set(sessionCookieName(secure), joined.sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    expires: joined.expires,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  await rememberOrganisation(joined.organisationId);
  redirect(AFTER_JOINING);
}
