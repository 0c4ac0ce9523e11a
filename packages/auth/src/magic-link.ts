import { createHash } from "node:crypto";
import { type Database, schema } from "@rapport/db";
import { safeRedirectPath } from "@rapport/domain/security";
import { and, eq } from "drizzle-orm";

/** Auth.js stores sha256(token + secret) in hex; the same hash finds the row without using it up. */
export function hashMagicToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export type MagicLinkState = "valid" | "expired" | "used";

/**
 * Whether an emailed link can still sign someone in, checked without consuming it, so the confirm page
 * can explain a used or expired link before the person presses anything.
 */
export async function magicLinkState(
  db: Database,
  input: { email: string; token: string; secret: string },
  now = new Date(),
): Promise<MagicLinkState> {
  const [row] = await db
    .select({ expires: schema.verificationTokens.expires })
    .from(schema.verificationTokens)
    .where(
      and(
        eq(schema.verificationTokens.identifier, input.email),
        eq(schema.verificationTokens.token, hashMagicToken(input.token, input.secret)),
      ),
    );
  if (!row) return "used";
  return row.expires.getTime() <= now.getTime() ? "expired" : "valid";
}

/**
 * The emailed link opens our confirm page on `origin` (the configured public one, never the host the
 * request named); only its button (a POST) reaches Auth.js and uses the token.
 */
export function confirmPageUrl(callbackUrl: string, origin: string): string {
  const url = new URL(callbackUrl);
  const confirm = new URL("/sign-in/confirm", origin);
  for (const key of ["token", "email"]) {
    const value = url.searchParams.get(key);
    if (value) confirm.searchParams.set(key, value);
  }
  // Auth.js makes the target absolute with the request's (forgeable) host: only its path travels.
  const target = url.searchParams.get("callbackUrl");
  if (target) {
    confirm.searchParams.set("callbackUrl", safeRedirectPath(target, { origins: [url.origin, origin] }));
  }
  return confirm.toString();
}
