import { signatureMatches, signMessage } from "./signing";

// The token names the person and carries an HMAC over their id (and link generation) with the auth
// secret, so it works without a session (one-click from the inbox) and cannot be forged or pointed at
// someone else. Generation 1 is the original format, so links sent before versions existed keep working
// until the person's links are rotated; later generations carry their number.
const PURPOSE_V1 = "rapport/digest-unsubscribe/v1";
const PURPOSE = "rapport/digest-unsubscribe/v2";

/** What a generation's signature covers: generation 1 keeps its original purpose and message. */
function signed(userId: string, version: number): [purpose: string, message: string] {
  return version === 1 ? [PURPOSE_V1, userId] : [PURPOSE, `${userId}\n${version}`];
}

export function createUnsubscribeToken(userId: string, secret: string, version = 1): string {
  const id = Buffer.from(userId, "utf8").toString("base64url");
  const sig = signMessage(...signed(userId, version), secret);
  return version === 1 ? `${id}.${sig}` : `${id}.${version}.${sig}`;
}

export interface VerifiedUnsubscribeToken {
  userId: string;
  /** The link generation; the caller compares it with the person's current one. */
  version: number;
}

/** The person and link generation when the token is genuine, otherwise null. */
export function readUnsubscribeToken(token: string, secret: string): VerifiedUnsubscribeToken | null {
  const match = /^([A-Za-z0-9_-]{1,200})\.(?:([1-9]\d{0,8})\.)?([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[3]) return null;
  const version = match[2] ? Number(match[2]) : 1;
  if (match[2] && version === 1) return null; // generation 1 has exactly one spelling
  const userId = Buffer.from(match[1], "base64url").toString("utf8");
  if (Buffer.from(userId, "utf8").toString("base64url") !== match[1]) return null;
  return signatureMatches(...signed(userId, version), match[3], secret) ? { userId, version } : null;
}

/** The person's id when the token is genuine (whatever its generation), otherwise null. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  return readUnsubscribeToken(token, secret)?.userId ?? null;
}

/** RFC 8058 one-click headers: an https URL that takes a POST, and a mailto for clients that prefer it. */
export function unsubscribeHeaders(
  appUrl: string,
  token: string,
  fromAddress: string,
): Record<string, string> {
  const url = unsubscribeUrl(appUrl, token);
  const domain = /@([^>\s]+)>?\s*$/.exec(fromAddress)?.[1] ?? "rapport.localhost";
  const mailto = `mailto:unsubscribe@${domain}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
  return {
    "List-Unsubscribe": `<${url}>, <${mailto}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

export function unsubscribeUrl(appUrl: string, token: string): string {
  return `${appUrl}/api/unsubscribe/${token}`;
}
