import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { type Database, type Engine, schema } from "@rapport/db";
import { safeRedirectPath } from "@rapport/domain/security";
import { appMailer, MagicLinkEmail, magicLinkSubject, renderEmail } from "@rapport/email";
import type { NextAuthConfig } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { readAuthEnv, ssoConfigured } from "./env";
import { linkOrigin } from "./link-origin";
import { logAuthError } from "./logger";
import { confirmPageUrl } from "./magic-link";
import { resolveAuthSecret } from "./secret";
import { keepPendingInCookie } from "./sso/cookie";
import { ssoGate } from "./sso/gate";
import { fillProfileFromClaims } from "./sso/link";
import { SSO_PROVIDER_ID, ssoProvider } from "./sso/provider";

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null; image?: string | null };
  }
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Magic links go through our mailer (Resend or the dev outbox) and point at the confirm page on the
 * configured origin: Auth.js builds its URL from the request's (forgeable) host, which is never used.
 */
export function magicLinkProvider(db: Database, minutes: number, engine: Engine = "pglite"): EmailConfig {
  return {
    id: "email",
    type: "email",
    name: "Email",
    from: "",
    maxAge: minutes * 60,
    options: {},
    async sendVerificationRequest({ identifier, url }) {
      const origin = linkOrigin(engine);
      if (!origin.ok) throw new Error(origin.reason);
      const link = confirmPageUrl(url, origin.origin);
      const props = { url: link, host: new URL(link).host, expiresInMinutes: minutes };
      const { html, text } = await renderEmail(MagicLinkEmail(props));
      await appMailer(db).send({ to: identifier, subject: magicLinkSubject(props), html, text });
    },
  };
}

/** Auth.js configured for this installation: database sessions, magic links, and company SSO when configured. */
export async function buildAuthConfig(db: Database, engine: Engine = "pglite"): Promise<NextAuthConfig> {
  const env = readAuthEnv();
  const providers: NextAuthConfig["providers"] = [magicLinkProvider(db, env.MAGIC_LINK_MINUTES, engine)];
  const ssoEnabled = ssoConfigured(env);
  if (ssoEnabled) providers.push(ssoProvider(env));
  const secret = await resolveAuthSecret(db);
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: schema.users,
      accountsTable: schema.accounts,
      sessionsTable: schema.sessions,
      verificationTokensTable: schema.verificationTokens,
    }),
    secret,
    trustHost: true,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers,
    logger: { error: (error) => logAuthError(error, env.AUTH_OIDC_ISSUER) },
    callbacks: {
      // Every redirect Auth.js makes (after sign-in, sign-out, errors) goes through the app's one rule.
      redirect({ url, baseUrl }) {
        const origins = [baseUrl, ...(env.AUTH_URL ? [env.AUTH_URL] : [])];
        return `${baseUrl}${safeRedirectPath(url, { origins, fallback: "/today" })}`;
      },
      // The linking policy: see sso/gate.ts and the README's "Company SSO" section.
      signIn: ssoGate({ db, ssoEnabled, keepPending: (link) => keepPendingInCookie(link, secret) }),
      // Auth.js passes the session row (its token is the httpOnly cookie's value) and the whole user row;
      // only these fields go on. The id is for the server; /api/auth/session drops it (publicSession).
      session({ session, user }) {
        return {
          user: { id: user.id, name: user.name ?? null, email: user.email, image: user.image ?? null },
          expires: session.expires,
        } as typeof session;
      },
    },
    events: {
      // A joined or new account takes the provider's name and time zone where the person left them empty.
      async linkAccount({ user, account, profile }) {
        const claims = (profile as { sso?: { name?: string; timeZone?: string } }).sso;
        if (account.provider === SSO_PROVIDER_ID && claims && user.id)
          await fillProfileFromClaims(db, user.id, claims);
      },
    },
  };
}
