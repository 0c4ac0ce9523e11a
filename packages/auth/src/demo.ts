import { createSession, type Database, DEMO_PEOPLE, type Engine, findUserByEmail } from "@rapport/db";
import { SESSION_MAX_AGE_SECONDS } from "./config";
import { readAuthEnv } from "./env";

/** One-click demo sign-in: on the embedded demo, never on a real database unless explicitly enabled. */
export function demoSignInEnabled(engine: Engine): boolean {
  const setting = readAuthEnv().RAPPORT_DEMO_SIGN_IN;
  return setting === "true" || (setting === "auto" && engine === "pglite");
}

export const DEMO_ACCOUNTS = DEMO_PEOPLE.filter(
  (p) => p.key === "employee" || p.key === "manager" || p.key === "admin",
).map((p) => ({
  key: p.key,
  name: p.name,
  email: p.email,
  label: p.key === "admin" ? "Organisation admin" : p.key === "manager" ? "Team manager" : "Employee",
}));

/** Starts a session for a demo person; returns the cookie value and its expiry. */
export async function startDemoSession(db: Database, key: string) {
  const person = DEMO_ACCOUNTS.find((p) => p.key === key);
  if (!person) throw new Error(`Unknown demo account "${key}"`);
  const user = await findUserByEmail(db, person.email);
  if (!user) throw new Error(`The demo account ${person.email} is not in this database; run npm run db:seed`);
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  return { sessionToken: await createSession(db, user.id, expires), expires };
}

/** The cookie Auth.js reads the database session from (secure-prefixed behind https). */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-authjs.session-token" : "authjs.session-token";
}
