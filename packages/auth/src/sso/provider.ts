import { loadOnce } from "@rapport/domain/memo";
import {
  claimNames,
  findNetworkFailure,
  needsUserinfo,
  readSsoClaims,
  type SsoClaims,
} from "@rapport/domain/sso";
import type { OIDCConfig } from "next-auth/providers";
import * as oauth from "oauth4webapi";
import type { AuthEnv } from "../env";

/** The provider id: it is in the redirect URI providers are registered with (/api/auth/callback/sso). */
export const SSO_PROVIDER_ID = "sso";

declare module "next-auth" {
  interface User {
    /** The provider's claims, as read at sign-in (not stored on the user row). */
    sso?: SsoClaims;
    /** A new account's time zone, from the provider's `zoneinfo` (a users column). */
    timeZone?: string;
  }
}

/** Discovery documents by issuer, fetched once per process (dropped again when fetching failed). */
const discovered = new Map<string, Promise<oauth.AuthorizationServer>>();

function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  return loadOnce(discovered, issuer, async () => {
    const url = new URL(issuer);
    const response = await oauth.discoveryRequest(url, {
      [oauth.allowInsecureRequests]: url.protocol === "http:",
    });
    return oauth.processDiscoveryResponse(url, response);
  });
}

/** One line for the server log naming why a request to the provider failed. */
export function describeProviderFailure(step: string, issuer: string | undefined, error: unknown): string {
  const failure = findNetworkFailure(error);
  const where = issuer ? ` at ${issuer}` : "";
  if (failure) return `[sso] ${step}${where} failed: ${failure.explanation} (${failure.code}).`;
  const message = error instanceof Error ? error.message : String(error);
  return `[sso] ${step}${where} failed: ${message}`;
}

/**
 * The claims of a strict OIDC provider may be only at its userinfo endpoint (OIDC Core 5.4): ask it with
 * the access token when the ID token lacks them. The answer's `sub` must be the ID token's.
 */
async function fetchUserinfo(
  env: AuthEnv,
  accessToken: string | undefined,
  sub: string,
): Promise<Record<string, unknown> | undefined> {
  const issuer = env.AUTH_OIDC_ISSUER;
  if (!issuer || !accessToken) return undefined;
  try {
    const as = await discover(issuer);
    if (!as.userinfo_endpoint) return undefined;
    const client = { client_id: env.AUTH_OIDC_CLIENT_ID ?? "" };
    const response = await oauth.userInfoRequest(as, client, accessToken, {
      [oauth.allowInsecureRequests]: new URL(issuer).protocol === "http:",
    });
    return (await oauth.processUserInfoResponse(as, client, sub, response)) as Record<string, unknown>;
  } catch (error) {
    console.error(describeProviderFailure("Reading the userinfo endpoint", issuer, error));
    return undefined;
  }
}

/** Company SSO by OpenID Connect, configured from AUTH_OIDC_*. Linking is decided in the signIn gate. */
export function ssoProvider(env: AuthEnv): OIDCConfig<Record<string, unknown>> {
  return {
    id: SSO_PROVIDER_ID,
    name: env.AUTH_OIDC_NAME,
    type: "oidc",
    issuer: env.AUTH_OIDC_ISSUER,
    clientId: env.AUTH_OIDC_CLIENT_ID,
    clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    // The signIn gate (sso/gate.ts) lets an identity join an existing account only under the linking policy.
    allowDangerousEmailAccountLinking: true,
    // Rapport never calls the provider's APIs afterwards, so it keeps none of its tokens.
    account: () => ({}),
    async profile(idToken, tokens) {
      const sub = String(idToken.sub ?? "");
      const userinfo = needsUserinfo(idToken)
        ? await fetchUserinfo(env, tokens.access_token, sub)
        : undefined;
      const claims = readSsoClaims(idToken, userinfo);
      if (!claims.email) {
        console.error(
          `[sso] ${env.AUTH_OIDC_ISSUER} sent no usable email for subject ${sub}. Claims in the ID token: ${claimNames(idToken).join(", ")}; from userinfo: ${userinfo ? claimNames(userinfo).join(", ") : "none (not asked or not answered)"}. Ask the provider to release the "email" claim for the scope "email".`,
        );
      }
      return {
        id: sub,
        email: claims.email ?? null,
        name: claims.name ?? null,
        // A new account starts in the provider's time zone (users.time_zone) when it sent a valid one.
        ...(claims.timeZone ? { timeZone: claims.timeZone } : {}),
        sso: claims,
      };
    },
  };
}
