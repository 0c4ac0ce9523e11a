"use server";

import { validation } from "@rapport/api";
import {
  clientKey,
  demoSignInEnabled,
  limitSignInRequest,
  SESSION_MAX_AGE_SECONDS,
  sessionCookieName,
  ssoSignInRoute,
  startDemoSession,
} from "@rapport/auth";
import { signIn } from "@rapport/auth/next";
import { getDatabase } from "@rapport/db";
import { AppError } from "@rapport/domain";
import { cookies, headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import type { ActionState } from "~/server/api";
import { appUrl, emailLinkOrigin, safeCallbackUrl } from "~/server/session";

/** Sends a magic link. The answer is the same whether or not the address has an account. */
export async function requestSignInLink(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = validation.emailAddress.safeParse(formData.get("email"));
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Enter your work email address.";
    return { ok: false, message, fieldErrors: { email: [message] } };
  }
  const email = parsed.data;
  const callbackUrl = await safeCallbackUrl(formData.get("callbackUrl"));
  const origin = await emailLinkOrigin();
  if (!origin.ok) return { ok: false, message: origin.reason, fieldErrors: { email: [origin.reason] } };
  const { db } = await getDatabase();
  // An organisation that requires SSO for this domain: no link, straight to the provider.
  if ((await ssoSignInRoute(db, email)) === "sso") await startSso(callbackUrl, email);
  try {
    await limitSignInRequest(db, { email, client: clientKey(await headers()) });
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, message: error.message, fieldErrors: { email: [error.message] } };
    throw error;
  }
  try {
    await signIn("email", { email, redirectTo: callbackUrl, redirect: false });
  } catch (error) {
    console.error("Sending a sign-in link failed:", error);
    return { ok: false, message: "We could not send the email just now. Please try again in a minute." };
  }
  redirect(`/sign-in/check-email?${new URLSearchParams({ email })}`);
}

export async function signInWithSso(formData: FormData) {
  await startSso(await safeCallbackUrl(formData.get("callbackUrl")));
}

/** Off to the identity provider; when it cannot be reached (logged with its cause), a plain explanation. */
async function startSso(redirectTo: string, loginHint?: string): Promise<never> {
  try {
    await signIn("sso", { redirectTo }, loginHint ? { login_hint: loginHint } : undefined);
  } catch (error) {
    unstable_rethrow(error);
  }
  redirect("/sign-in/error?error=SsoUnavailable");
}

/** One click into the demo as a seeded person (embedded demo only, unless explicitly enabled). */
export async function signInAsDemo(formData: FormData) {
  const handle = await getDatabase();
  if (!demoSignInEnabled(handle.engine)) redirect("/sign-in");
  const { sessionToken, expires } = await startDemoSession(handle.db, String(formData.get("account") ?? ""));
  const secure = (await appUrl()).startsWith("https://");
  (await cookies()).set(sessionCookieName(secure), sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    expires,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  redirect(await safeCallbackUrl(formData.get("callbackUrl")));
}
