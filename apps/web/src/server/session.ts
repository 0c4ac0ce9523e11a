import "server-only";

import { type LinkOrigin, linkOrigin, readAuthEnv } from "@rapport/auth";
import { auth } from "@rapport/auth/next";
import { getDatabase } from "@rapport/db";
import { safeRedirectPath } from "@rapport/domain/security";
import { redirect } from "next/navigation";
import { cache } from "react";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
}

/** The signed-in person for this request (database session), or null. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
});

/** For pages behind sign-in: sends anonymous visitors to the sign-in page and back here afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`);
  return user;
}

/**
 * Where links in emails may point: AUTH_URL, or on a local embedded start this server's own address;
 * refused on a production server without AUTH_URL. Never the request's Host or X-Forwarded-Host, which
 * whoever sends the request chooses (packages/auth link-origin.ts).
 */
export async function emailLinkOrigin(): Promise<LinkOrigin> {
  return linkOrigin((await getDatabase()).engine);
}

/** The app's own origin for links it shows or sends: the configured one, else this server's address. */
export async function appUrl(): Promise<string> {
  const origin = await emailLinkOrigin();
  return origin.ok ? origin.origin : `http://localhost:${readAuthEnv().PORT}`;
}

/**
 * Where to send the browser back to after signing in: an on-site path, decided by the one rule in
 * packages/domain (safeRedirectPath). Absolute URLs are accepted only for our own configured origin.
 */
export async function safeCallbackUrl(value: unknown, fallback = "/today"): Promise<string> {
  const origin = await emailLinkOrigin();
  return safeRedirectPath(value, { origins: origin.ok ? [origin.origin] : [], fallback });
}

export const ORG_COOKIE = "rapport_org";
