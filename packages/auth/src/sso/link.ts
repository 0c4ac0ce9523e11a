import { type Database, fillProfileFields, getUser, linkSsoIdentity } from "@rapport/db";
import { fillEmptyProfile, type SsoClaims } from "@rapport/domain/sso";
import type { PendingSsoLink } from "./pending-link";

/** Fills the profile fields the person left empty from the provider's claims; never overwrites. */
export async function fillProfileFromClaims(
  db: Database,
  userId: string,
  claims: Pick<SsoClaims, "name" | "timeZone">,
): Promise<void> {
  const user = await getUser(db, userId);
  const { confirm, ...fields } = fillEmptyProfile(
    { ...user, confirmed: user.profileConfirmedAt !== null },
    claims,
  );
  await fillProfileFields(db, userId, { ...fields, ...(confirm ? { profileConfirmed: true } : {}) });
}

export type PendingLinkOutcome = "linked" | "other-address" | "linked-elsewhere";

/**
 * Joins a waiting SSO identity to the signed-in person, who has just proved by magic link that the
 * address is theirs. Only the same address qualifies, and an identity already joined to someone else
 * stays there.
 */
export async function completePendingLink(
  db: Database,
  person: { id: string; email: string },
  link: PendingSsoLink,
): Promise<PendingLinkOutcome> {
  if (person.email.trim().toLowerCase() !== link.email) return "other-address";
  const linked = await linkSsoIdentity(db, {
    userId: person.id,
    provider: link.provider,
    type: "oidc",
    providerAccountId: link.providerAccountId,
  });
  if (!linked) return "linked-elsewhere";
  await fillProfileFromClaims(db, person.id, link);
  console.info(`[sso] ${link.email} confirmed by email; the SSO identity is now joined to the account.`);
  return "linked";
}
