import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { type Database, type Engine, schema } from "@rapport/db";
import { safeRedirectPath } from "@rapport/domain/security";
import { MagicLinkEmail, magicLinkSubject, renderEmail } from "@rapport/email";
import type { NextAuthConfig } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { readAuthEnv, ssoConfigured } from "./env";
import { linkOrigin } from "./link-origin";
import { confirmPageUrl } from "./magic-link";
import { appMailer } from "./mailer";
import { resolveAuthSecret } from "./secret";

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
  if (ssoConfigured(env)) {
    providers.push({
      id: "sso",
      name: env.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_CLIENT_ID,
      clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
      // The company's identity provider vouches for the address, so it may join an existing account.
      allowDangerousEmailAccountLinking: true,
    });
  }
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: schema.users,
      accountsTable: schema.accounts,
      sessionsTable: schema.sessions,
      verificationTokensTable: schema.verificationTokens,
    }),
    secret: await resolveAuthSecret(db),
    trustHost: true,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers,
    callbacks: {
      // Every redirect Auth.js makes (after sign-in, sign-out, errors) goes through the app's one rule.
      redirect({ url, baseUrl }) {
        const origins = [baseUrl, ...(env.AUTH_URL ? [env.AUTH_URL] : [])];
        return `${baseUrl}${safeRedirectPath(url, { origins, fallback: "/today" })}`;
      },
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
}
