import { type Database, digestSubscriptionOf, setDigestSubscription } from "@rapport/db";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeOutcome =
  | { status: 200; email: string; enabled: boolean }
  | { status: 400; error: string }
  | { status: 404; error: string };

/**
 * What the unsubscribe link does: "unsubscribe" (the RFC 8058 one-click POST, or the confirm button),
 * "resubscribe", or "status" (read only). The signed token is the only credential: no cookies needed.
 */
export async function handleUnsubscribe(
  db: Database,
  secret: string,
  token: string,
  action: "unsubscribe" | "resubscribe" | "status",
): Promise<UnsubscribeOutcome> {
  const userId = verifyUnsubscribeToken(token, secret);
  if (!userId) return { status: 400, error: "This unsubscribe link is not valid. Was it copied in full?" };
  if (action === "status") {
    const current = await digestSubscriptionOf(db, userId);
    return current ? { status: 200, ...current } : { status: 404, error: "This account no longer exists." };
  }
  try {
    const user = await setDigestSubscription(db, userId, action === "resubscribe");
    return { status: 200, email: user.email, enabled: action === "resubscribe" };
  } catch {
    return { status: 404, error: "This account no longer exists." };
  }
}
