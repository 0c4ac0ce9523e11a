// A real, certified OpenID Connect provider (panva's oidc-provider) on https for the SSO browser tests.
// Accounts are described by the login typed on its page, so each test brings its own person:
//   "ada@corp.test;verified=false;place=userinfo;name=Ada Lovelace;tz=Europe/London"
//   verified: true | false | absent (no email_verified claim, like Entra ID); email: none sends no email
//   place: id_token (claims in the ID token, userinfo says only sub) | userinfo (ID token has only sub)
import { createServer } from "node:https";
import Provider from "oidc-provider";
import { OIDC_CLIENT, OIDC_PORT } from "./oidc-config";
import { ensureTestCertificates, readCertificates } from "./test-certificates";

const certDir = process.env.E2E_CERT_DIR;
const appOrigin = process.env.E2E_APP_ORIGIN;
if (!certDir || !appOrigin) throw new Error("E2E_CERT_DIR and E2E_APP_ORIGIN are required");

interface TestAccount {
  email?: string;
  verified: "true" | "false" | "absent";
  place: "id_token" | "userinfo";
  name?: string;
  tz?: string;
}

export function parseLogin(login: string): TestAccount {
  const [email, ...options] = login.split(";");
  const option = (key: string) => options.find((o) => o.startsWith(`${key}=`))?.slice(key.length + 1);
  return {
    email: email === "none" ? undefined : email,
    verified: (option("verified") as TestAccount["verified"]) ?? "true",
    place: option("place") === "userinfo" ? "userinfo" : "id_token",
    name: option("name"),
    tz: option("tz"),
  };
}

function claimsOf(sub: string, account: TestAccount): { sub: string } & Record<string, unknown> {
  const [given, ...family] = (account.name ?? "").split(" ");
  return {
    sub,
    ...(account.email ? { email: account.email } : {}),
    ...(account.verified === "absent" ? {} : { email_verified: account.verified === "true" }),
    // Names come as given + family only, to show the app assembles them.
    ...(account.name ? { given_name: given, family_name: family.join(" ") } : {}),
    ...(account.tz ? { zoneinfo: account.tz } : {}),
  };
}

const issuer = `https://localhost:${OIDC_PORT}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: OIDC_CLIENT.id,
      client_secret: OIDC_CLIENT.secret,
      redirect_uris: [`${appOrigin}/api/auth/callback/sso`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: {
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["name", "given_name", "family_name", "zoneinfo"],
  },
  // Scope claims may go in the ID token; each account then decides where its claims appear.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["rapport-e2e-provider-cookie-key"] },
  async findAccount(_ctx, sub) {
    const account = parseLogin(sub);
    return {
      accountId: sub,
      async claims(use) {
        const all = claimsOf(sub, account);
        const here = account.place === "userinfo" ? "userinfo" : "id_token";
        return use === here ? all : { sub };
      },
    };
  },
});

const certificates = readCertificates(await ensureTestCertificates(certDir));
const server = createServer(certificates, provider.callback());
server.listen(OIDC_PORT, () => console.log(`OIDC provider listening at ${issuer}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
