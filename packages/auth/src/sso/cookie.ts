import { cookies, headers } from "next/headers";
import { readAuthEnv } from "../env";
import {
  openPendingLink,
  PENDING_LINK_COOKIE,
  PENDING_LINK_MINUTES,
  type PendingSsoLink,
  sealPendingLink,
} from "./pending-link";

async function secureCookies(): Promise<boolean> {
  const configured = readAuthEnv().AUTH_URL;
  if (configured) return configured.startsWith("https://");
  return (await headers()).get("x-forwarded-proto") === "https";
}

/** Sets the pending-link cookie on the response being built (the Auth.js callback, a route handler). */
export async function keepPendingInCookie(link: PendingSsoLink, secret: string): Promise<void> {
  (await cookies()).set(PENDING_LINK_COOKIE, sealPendingLink(link, secret), {
    httpOnly: true,
    sameSite: "lax",
    secure: await secureCookies(),
    path: "/",
    maxAge: PENDING_LINK_MINUTES * 60,
  });
}

export async function readPendingCookie(secret: string): Promise<PendingSsoLink | undefined> {
  return openPendingLink((await cookies()).get(PENDING_LINK_COOKIE)?.value, secret);
}

/** Only from a server action or route handler (pages cannot change cookies). */
export async function clearPendingCookie(): Promise<void> {
  (await cookies()).delete(PENDING_LINK_COOKIE);
}
