import { type Database, findInvitationByToken, signInWithInvitation } from "@rapport/db";
import { AppError } from "@rapport/domain";
import { SESSION_MAX_AGE_SECONDS } from "./config";
import { readAuthEnv } from "./env";
import { ssoSignInRoute } from "./sso/sign-in-route";

/**
 * Signs the invited person in from their invitation link (single use, expiring, for its address only)
 * and joins them to its organisation and team. Returns what the session cookie needs.
 *
 * An address whose organisation requires company SSO signs in only through the provider: the link is
 * then refused (and stays usable), so the person signs in with SSO and opens it again to join.
 */
export async function startInvitationSession(db: Database, token: string, now = new Date()) {
  const invitation = await findInvitationByToken(db, token, now);
  if (invitation && (await ssoSignInRoute(db, invitation.email)) === "sso") {
    const domain = invitation.email.split("@").pop();
    throw new AppError(
      "forbidden",
      `People at ${domain} sign in with ${readAuthEnv().AUTH_OIDC_NAME}. Sign in with it first, then open this invitation again to join.`,
    );
  }
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  const joined = await signInWithInvitation(db, { token, sessionExpires: expires }, now);
  return { ...joined, expires };
}
