import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * An SSO identity waiting for its address to be confirmed by magic link. It lives only in a signed,
 * httpOnly cookie of the browser that came back from the provider, so a confirmation link opened in
 * someone else's browser (or a crafted URL) can never join that identity to their account.
 */
export interface PendingSsoLink {
  provider: string;
  providerAccountId: string;
  email: string;
  name?: string;
  timeZone?: string;
  /** Unix seconds after which the confirmation has to start again. */
  expiresAt: number;
}

export const PENDING_LINK_COOKIE = "rapport_sso_pending";
export const PENDING_LINK_MINUTES = 30;

function signature(payload: string, secret: string): string {
  return createHmac("sha256", `sso-pending-link:${secret}`).update(payload).digest("base64url");
}

export function sealPendingLink(link: PendingSsoLink, secret: string): string {
  const payload = Buffer.from(JSON.stringify(link)).toString("base64url");
  return `${payload}.${signature(payload, secret)}`;
}

/** The pending link when the cookie is ours, untouched and not expired; otherwise undefined. */
export function openPendingLink(
  value: string | undefined,
  secret: string,
  now = new Date(),
): PendingSsoLink | undefined {
  if (!value || value.length > 4096) return undefined;
  const [payload, mac, extra] = value.split(".");
  if (!payload || !mac || extra !== undefined) return undefined;
  const expected = Buffer.from(signature(payload, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const link = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as PendingSsoLink;
    if (typeof link.email !== "string" || typeof link.providerAccountId !== "string") return undefined;
    if (typeof link.expiresAt !== "number" || link.expiresAt * 1000 <= now.getTime()) return undefined;
    return link;
  } catch {
    return undefined;
  }
}
