import { type Database, digestSubscriptionOf, setDigestSubscription } from "@rapport/db";
import { readUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeOutcome =
  | { status: 200; email: string; enabled: boolean }
  | { status: 400; error: string }
  | { status: 404; error: string };

const INVALID = "This unsubscribe link is not valid. Was it copied in full?";
const REPLACED =
  "This unsubscribe link was replaced by a newer one. Use the link in your latest digest, or sign in and open Settings → Weekly digest.";

/**
 * What the unsubscribe link does: "unsubscribe" (the RFC 8058 one-click POST, or the confirm button),
 * "resubscribe", or "status" (read only). The signed token is the only credential: no cookies needed.
 * A token of an older link generation than the person's current one is refused (rotated links).
 */
export async function handleUnsubscribe(
  db: Database,
  secret: string,
  token: string,
  action: "unsubscribe" | "resubscribe" | "status",
): Promise<UnsubscribeOutcome> {
  const verified = readUnsubscribeToken(token, secret);
  if (!verified) return { status: 400, error: INVALID };
  const current = await digestSubscriptionOf(db, verified.userId);
  if (!current) return { status: 404, error: "This account no longer exists." };
  if (verified.version !== current.unsubscribeVersion) return { status: 400, error: REPLACED };
  if (action === "status") return { status: 200, email: current.email, enabled: current.enabled };
  try {
    const user = await setDigestSubscription(db, verified.userId, action === "resubscribe");
    return { status: 200, email: user.email, enabled: action === "resubscribe" };
  } catch {
    return { status: 404, error: "This account no longer exists." };
  }
}
