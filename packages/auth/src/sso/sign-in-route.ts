import { type Database, ssoPolicyForEmail } from "@rapport/db";
import { readAuthEnv, ssoConfigured } from "../env";

/**
 * How this address signs in: "sso" when its organisation requires company SSO for the domain (and SSO
 * is configured here), otherwise by magic link.
 */
export async function ssoSignInRoute(db: Database, email: string): Promise<"sso" | "magic-link"> {
  if (!ssoConfigured(readAuthEnv())) return "magic-link";
  return (await ssoPolicyForEmail(db, email)) === "required" ? "sso" : "magic-link";
}
