import { signatureMatches, signMessage } from "./signing";

// The token names the person and carries an HMAC over their id with the auth secret, so it works
// without a session (one-click from the inbox) and cannot be forged or pointed at someone else.
const PURPOSE = "rapport/digest-unsubscribe/v1";

export function createUnsubscribeToken(userId: string, secret: string): string {
  return `${Buffer.from(userId, "utf8").toString("base64url")}.${signMessage(PURPOSE, userId, secret)}`;
}

/** The person's id when the token is genuine, otherwise null. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const userId = Buffer.from(match[1], "base64url").toString("utf8");
  if (Buffer.from(userId, "utf8").toString("base64url") !== match[1]) return null;
  return signatureMatches(PURPOSE, userId, match[2], secret) ? userId : null;
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
