import { type Database, signInWithInvitation } from "@rapport/db";
import { SESSION_MAX_AGE_SECONDS } from "./config";

/**
 * Signs the invited person in from their invitation link (single use, expiring, for its address only)
 * and joins them to its organisation and team. Returns what the session cookie needs.
 */
export async function startInvitationSession(db: Database, token: string, now = new Date()) {
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  const joined = await signInWithInvitation(db, { token, sessionExpires: expires }, now);
  return { ...joined, expires };
}
