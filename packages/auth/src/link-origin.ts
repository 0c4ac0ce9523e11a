import type { Engine } from "@rapport/db";
import { emailEnv } from "@rapport/email";
import { type AuthEnv, readAuthEnv } from "./env";

// A sign-in or invitation link is a key to an account: whoever receives the click gets the token. So its
// origin never comes from the request (Host and X-Forwarded-Host are whatever the sender wrote), only from
// configuration: AUTH_URL, or, on a local embedded start, the address this server itself listens on.

export type LinkOrigin = { ok: true; origin: string } | { ok: false; reason: string };

/** Shown to the person asking for a link, and logged at start, while a production server has no AUTH_URL. */
export const LINK_ORIGIN_MISSING =
  "Sign-in and invitation emails are switched off until the administrator sets AUTH_URL to this site's public address (for example https://rapport.example.com).";

/**
 * Production is a real database, or a production build that sends real email: there, links must go to
 * the public address, which only AUTH_URL knows. The embedded demo (emails kept in the dev mailbox) is
 * opened on this machine, so its own listening address is right.
 */
export function linksNeedConfiguredOrigin(engine: Engine, env: AuthEnv = readAuthEnv()): boolean {
  if (engine === "postgres") return true;
  return env.NODE_ENV === "production" && Boolean(emailEnv().RESEND_API_KEY);
}

/** Where links in emails point: AUTH_URL's origin, else (embedded, local) http://localhost:PORT, else refused. */
export function linkOrigin(engine: Engine, env: AuthEnv = readAuthEnv()): LinkOrigin {
  if (env.AUTH_URL) return { ok: true, origin: new URL(env.AUTH_URL).origin };
  if (linksNeedConfiguredOrigin(engine, env)) return { ok: false, reason: LINK_ORIGIN_MISSING };
  return { ok: true, origin: `http://localhost:${env.PORT}` };
}
