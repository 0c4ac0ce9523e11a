import { type Database, findUserIdByAccount, ssoPolicyForEmail } from "@rapport/db";
import { decideSsoLink } from "@rapport/domain/sso";
import type { Account, User } from "next-auth";
import { PENDING_LINK_MINUTES, type PendingSsoLink } from "./pending-link";
import { SSO_PROVIDER_ID } from "./provider";

/** Where the gate sends people instead of signing them in. */
export const SSO_PAGES = {
  noEmail: "/sign-in/error?error=SsoNoEmail",
  required: "/sign-in/error?error=SsoRequired",
  confirm: "/sign-in/sso-confirm",
} as const;

export interface SsoGateOptions {
  db: Database;
  /** Whether this installation has company SSO configured at all. */
  ssoEnabled: boolean;
  /** Keeps the identity waiting for confirmation in this browser (a signed cookie). */
  keepPending: (link: PendingSsoLink) => Promise<void>;
  now?: () => Date;
}

/**
 * Auth.js's signIn callback: true signs in (Auth.js then links by email or creates the account), a path
 * redirects there instead. This is where the linking policy holds, before any account is touched.
 */
export function ssoGate(options: SsoGateOptions) {
  const { db } = options;
  return async ({ user, account }: { user: User; account?: Account | null }): Promise<boolean | string> => {
    if (account?.provider === "email") {
      // A domain that requires SSO gets no magic links (only when SSO exists here, or nobody could get in).
      if (options.ssoEnabled && user.email && (await ssoPolicyForEmail(db, user.email)) === "required")
        return SSO_PAGES.required;
      return true;
    }
    if (account?.provider !== SSO_PROVIDER_ID) return true;

    // An identity linked before (under this policy) signs in to its account, whatever it says now.
    if (await findUserIdByAccount(db, account.provider, account.providerAccountId)) return true;

    const email = user.email;
    if (!email) return SSO_PAGES.noEmail;
    const decision = decideSsoLink({
      emailVerified: user.sso?.emailVerified,
      domainPolicy: await ssoPolicyForEmail(db, email),
    });
    if (decision === "trust") return true;

    const now = options.now?.() ?? new Date();
    await options.keepPending({
      provider: account.provider,
      providerAccountId: account.providerAccountId,
      email,
      name: user.sso?.name,
      timeZone: user.sso?.timeZone,
      expiresAt: Math.floor(now.getTime() / 1000) + PENDING_LINK_MINUTES * 60,
    });
    console.info(
      `[sso] ${email} is not verified by the provider (email_verified: ${String(user.sso?.emailVerified ?? "absent")}) and its domain is not declared for SSO: asking for confirmation by email before linking.`,
    );
    return SSO_PAGES.confirm;
  };
}
