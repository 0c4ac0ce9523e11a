"use server";

import { emailAddress } from "@rapport/api/validation";
import {
  clearPendingCookie,
  clientKey,
  completePendingLink,
  limitSignInRequest,
  readAuthEnv,
  readPendingCookie,
  resolveAuthSecret,
  ssoSignInRoute,
} from "@rapport/auth";
import { signIn } from "@rapport/auth/next";
import { getDatabase } from "@rapport/db";
import { AppError } from "@rapport/domain";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser } from "~/server/session";

/**
 * Emails a sign-in link to the address the SSO identity claimed (read from this browser's signed
 * cookie, never from the form), returning to the join step afterwards.
 */
export async function sendSsoConfirmation(): Promise<void> {
  const { db } = await getDatabase();
  const pending = await readPendingCookie(await resolveAuthSecret(db));
  if (!pending) redirect("/sign-in/sso-confirm");
  try {
    await limitSignInRequest(db, { email: pending.email, client: clientKey(await headers()) });
  } catch (error) {
    if (error instanceof AppError)
      redirect(`/sign-in/sso-confirm?${new URLSearchParams({ problem: error.message })}`);
    throw error;
  }
  try {
    await signIn("email", { email: pending.email, redirectTo: "/sign-in/sso-link", redirect: false });
  } catch (error) {
    console.error("Sending an SSO confirmation link failed:", error);
    redirect(
      `/sign-in/sso-confirm?${new URLSearchParams({ problem: "We could not send the email just now. Please try again in a minute." })}`,
    );
  }
  redirect(`/sign-in/check-email?${new URLSearchParams({ email: pending.email })}`);
}

/** After the magic link: joins the waiting SSO identity to the signed-in person, if the addresses match. */
export async function joinSsoIdentity(): Promise<void> {
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=%2Fsign-in%2Fsso-link");
  const { db } = await getDatabase();
  const pending = await readPendingCookie(await resolveAuthSecret(db));
  if (!pending) redirect("/sign-in/sso-link");
  const outcome = await completePendingLink(db, user, pending);
  await clearPendingCookie();
  if (outcome !== "linked") redirect(`/sign-in/sso-link?${new URLSearchParams({ outcome })}`);
  redirect("/today");
}

/**
 * Whether an address belongs to a domain that signs in with company SSO only, so the sign-in form can
 * say so while the person types. Organisations declare these domains to send their people there, so
 * this tells nobody more than the sign-in form itself would on submit.
 */
export async function ssoRequiredFor(email: string): Promise<{ sso: boolean; provider?: string }> {
  const parsed = emailAddress.safeParse(email);
  if (!parsed.success) return { sso: false };
  const { db } = await getDatabase();
  if ((await ssoSignInRoute(db, parsed.data)) !== "sso") return { sso: false };
  return { sso: true, provider: readAuthEnv().AUTH_OIDC_NAME };
}
