export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3212);
export const OIDC_ISSUER = `https://localhost:${OIDC_PORT}`;
/** Not secrets: the test provider's only client, registered with the app under test. */
export const OIDC_CLIENT = { id: "rapport-e2e", secret: "rapport-e2e-client-secret" };
export const OIDC_NAME = "Test SSO";
