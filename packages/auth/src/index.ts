export { buildAuthConfig, magicLinkProvider, SESSION_MAX_AGE_SECONDS } from "./config";
export { DEMO_ACCOUNTS, demoSignInEnabled, sessionCookieName, startDemoSession } from "./demo";
export { type AuthEnv, readAuthEnv, ssoConfigured } from "./env";
export { startInvitationSession } from "./invitation-session";
export { confirmPageUrl, hashMagicToken, type MagicLinkState, magicLinkState } from "./magic-link";
export { appMailer } from "./mailer";
export { clientKey, limitSignInRequest, SIGN_IN_LIMITS } from "./rate-limit";
export { resolveAuthSecret } from "./secret";
