import { signatureMatches, signMessage } from "./signing";

// A digest action link names one person, one action and one item, and when it stops working; all four
// are signed together, so changing any of them (or pointing it at someone else) breaks the signature.
const PURPOSE = "rapport/digest-action/v1";

export const DIGEST_ACTIONS = ["done", "snooze", "going"] as const;
export type DigestAction = (typeof DIGEST_ACTIONS)[number];

/** Links in a digest work for two weeks: long enough for a late read, short enough to go stale. */
export const ACTION_LINK_DAYS = 14;

export interface ActionClaims {
  userId: string;
  action: DigestAction;
  itemId: string;
  expiresAt: Date;
  /** The token's signature: unique per link, the key its use is recorded under. */
  signature: string;
}

const b64 = (value: string) => Buffer.from(value, "utf8").toString("base64url");
const message = (userId: string, action: string, itemId: string, exp: string) =>
  `${userId}\n${action}\n${itemId}\n${exp}`;

export function createActionToken(
  claims: { userId: string; action: DigestAction; itemId: string },
  secret: string,
  now: Date = new Date(),
): string {
  const exp = Math.floor(now.getTime() / 1000 + ACTION_LINK_DAYS * 86_400).toString(36);
  const signature = signMessage(PURPOSE, message(claims.userId, claims.action, claims.itemId, exp), secret);
  return [b64(claims.userId), claims.action, b64(claims.itemId), exp, signature].join(".");
}

export type VerifiedAction =
  | { ok: true; claims: ActionClaims }
  | { ok: false; reason: "invalid" | "expired" };

/** Checks the signature first, then the date: an altered expiry is "invalid", not "expired". */
export function verifyActionToken(token: string, secret: string, now: Date = new Date()): VerifiedAction {
  const match =
    /^([A-Za-z0-9_-]{1,200})\.(done|snooze|going)\.([A-Za-z0-9_-]{1,200})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(
      token,
    );
  if (!match) return { ok: false, reason: "invalid" };
  const [, rawUser = "", action = "", rawItem = "", exp = "", signature = ""] = match;
  const userId = Buffer.from(rawUser, "base64url").toString("utf8");
  const itemId = Buffer.from(rawItem, "base64url").toString("utf8");
  // Only the canonical encoding is accepted, so one link has exactly one spelling (and one signature).
  if (b64(userId) !== rawUser || b64(itemId) !== rawItem) return { ok: false, reason: "invalid" };
  if (!signatureMatches(PURPOSE, message(userId, action, itemId, exp), signature, secret)) {
    return { ok: false, reason: "invalid" };
  }
  const expiresAt = new Date(Number.parseInt(exp, 36) * 1000);
  if (!(expiresAt.getTime() > now.getTime())) return { ok: false, reason: "expired" };
  return { ok: true, claims: { userId, action: action as DigestAction, itemId, expiresAt, signature } };
}
