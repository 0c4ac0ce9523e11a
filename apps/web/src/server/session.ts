import "server-only";

import { auth } from "@rapport/auth/next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { webEnv } from "~/env";

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

/** The origin emails link to: AUTH_URL when set (recommended in production), else this request's. */
export async function appUrl(): Promise<string> {
  const configured = webEnv().AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export const ORG_COOKIE = "rapport_org";

/**
 * For pages inside the signed-in app: the person and their organisation, or a redirect (to sign in, or
 * to /welcome when they are not in an organisation yet). Call it first so no query runs for nobody.
 */
export async function requireMember(returnTo: string) {
  const user = await requireUser(returnTo);
  const { api } = await import("./api");
  const me = await (await api()).me.get();
  if (!me.activeOrganisation) redirect("/welcome");
  return { user, me, organisation: me.activeOrganisation };
}
