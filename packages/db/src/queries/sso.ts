import { conflict, notFound } from "@rapport/domain";
import { checkSsoDomainClaim, emailDomain, type SsoDomainPolicy } from "@rapport/domain/sso";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { accounts, organisationSsoDomains, users } from "../schema";
import type { OrgScope } from "./scope";
import { getUser } from "./users";

/** The domains an organisation declared for SSO, for its admins. */
export async function listSsoDomains(db: Database, scope: OrgScope) {
  return db
    .select({
      id: organisationSsoDomains.id,
      domain: organisationSsoDomains.domain,
      policy: organisationSsoDomains.policy,
      createdAt: organisationSsoDomains.createdAt,
    })
    .from(organisationSsoDomains)
    .where(eq(organisationSsoDomains.organisationId, scope.organisationId))
    .orderBy(asc(organisationSsoDomains.domain));
}

/**
 * Declares (or changes the policy of) a domain for the organisation. The admin's own address must be at
 * the domain, and a domain another organisation declared stays theirs.
 */
export async function declareSsoDomain(
  db: Database,
  scope: OrgScope,
  input: { domain: string; policy: SsoDomainPolicy },
) {
  const admin = await getUser(db, scope.userId);
  const domain = checkSsoDomainClaim(input.domain, admin.email);
  const [row] = await db
    .insert(organisationSsoDomains)
    .values({ organisationId: scope.organisationId, domain, policy: input.policy, declaredBy: scope.userId })
    .onConflictDoUpdate({
      target: organisationSsoDomains.domain,
      set: { policy: input.policy, declaredBy: scope.userId },
      // Only our own row may be updated; another organisation's declaration is left as it is.
      setWhere: eq(organisationSsoDomains.organisationId, scope.organisationId),
    })
    .returning();
  if (!row) throw conflict(`${domain} is already declared by another organisation.`, "domain");
  return row;
}

export async function removeSsoDomain(db: Database, scope: OrgScope, domainId: string) {
  const [row] = await db
    .delete(organisationSsoDomains)
    .where(
      and(
        eq(organisationSsoDomains.id, domainId),
        eq(organisationSsoDomains.organisationId, scope.organisationId),
      ),
    )
    .returning({ id: organisationSsoDomains.id });
  if (!row) throw notFound("That domain");
}

/** The SSO policy for an address's domain, whichever organisation declared it; undefined when none. */
export async function ssoPolicyForEmail(db: Database, email: string): Promise<SsoDomainPolicy | undefined> {
  const domain = emailDomain(email);
  if (!domain) return undefined;
  const [row] = await db
    .select({ policy: organisationSsoDomains.policy })
    .from(organisationSsoDomains)
    .where(eq(organisationSsoDomains.domain, domain));
  return row?.policy;
}

/** The account an SSO identity is linked to, if any. */
export async function findUserIdByAccount(db: Database, provider: string, providerAccountId: string) {
  const [row] = await db
    .select({ userId: accounts.userId })
    .from(accounts)
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)));
  return row?.userId;
}

/**
 * Links an SSO identity to a person after they proved their address. An identity already linked to
 * someone else stays where it is (returns false); linking it again to the same person is a no-op.
 */
export async function linkSsoIdentity(
  db: Database,
  input: { userId: string; provider: string; type: string; providerAccountId: string },
): Promise<boolean> {
  const inserted = await db.insert(accounts).values(input).onConflictDoNothing().returning();
  if (inserted.length > 0) return true;
  return (await findUserIdByAccount(db, input.provider, input.providerAccountId)) === input.userId;
}

/** Writes profile fields the provider filled in (the caller decides which are empty). */
export async function fillProfileFields(
  db: Database,
  userId: string,
  fields: { name?: string | null; timeZone?: string; profileConfirmed?: boolean },
) {
  const { profileConfirmed, ...values } = fields;
  if (values.name === undefined && values.timeZone === undefined && !profileConfirmed) return;
  await db
    .update(users)
    .set({
      ...values,
      ...(profileConfirmed ? { profileConfirmedAt: sql`coalesce(${users.profileConfirmedAt}, now())` } : {}),
    })
    .where(eq(users.id, userId));
}
