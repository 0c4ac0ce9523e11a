import { randomBytes } from "node:crypto";
import { loadOnce } from "@rapport/domain/memo";
import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { emailOutbox, instanceSettings, rateLimits, sessions } from "../schema";

/**
 * Counts one hit against a fixed window and returns the count so far, in one statement, so concurrent
 * requests on any number of processes agree.
 */
export async function hitRateLimit(db: Database, key: string, windowSeconds: number, now = new Date()) {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { hits: sql`${rateLimits.hits} + 1` },
    })
    .returning({ hits: rateLimits.hits });
  const resetsAt = new Date(windowStart.getTime() + windowSeconds * 1000);
  return { hits: row?.hits ?? 1, resetsAt };
}

/** Drops counters of windows that have ended (called now and then; they are tiny). */
export async function pruneRateLimits(db: Database, before: Date) {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, before));
}

export async function saveToOutbox(
  db: Database,
  message: {
    to: string;
    from: string;
    subject: string;
    html: string;
    text: string;
    headers?: Record<string, string>;
  },
) {
  const [row] = await db
    .insert(emailOutbox)
    .values({ ...message, headers: message.headers ?? {} })
    .returning({ id: emailOutbox.id });
  return row?.id ?? "";
}

export async function listOutbox(db: Database, limit = 50) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(limit);
}

export async function getOutboxMessage(db: Database, id: string) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row;
}

/**
 * A secret generated once per installation and kept in the database, so every process of a deployment
 * (and every restart of the embedded one) signs with the same key when AUTH_SECRET is not set.
 */
export function installationSecret(db: Database, key: string): Promise<string> {
  // A setting is written once and never changed, so each process reads it once per database (every
  // signed-in request needs the signing secret; this saved two statements a page).
  const known = settingsRead.get(db) ?? new Map<string, Promise<string>>();
  settingsRead.set(db, known);
  return loadOnce(known, key, () => readOrCreateSetting(db, key));
}

const settingsRead = new WeakMap<Database, Map<string, Promise<string>>>();

async function readOrCreateSetting(db: Database, key: string): Promise<string> {
  await db
    .insert(instanceSettings)
    .values({ key, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, key));
  if (!row) throw new Error(`Could not read the installation setting ${key}`);
  return row.value;
}

/**
 * The signing secret of this deployment: AUTH_SECRET when set, otherwise the installation's own. Auth.js
 * sessions, unsubscribe and digest action links all sign with it; it lives here so the digest needs no auth.
 */
export async function resolveAppSecret(db: Database): Promise<string> {
  const configured = process.env.AUTH_SECRET?.trim();
  if (!configured) return installationSecret(db, "auth_secret");
  if (configured.length < 32)
    throw new Error("AUTH_SECRET must be at least 32 characters (try `openssl rand -base64 32`)");
  return configured;
}

/** Signs a person out of every device by deleting all their sessions; returns how many ended. */
export async function endAllSessions(db: Database, userId: string) {
  const ended = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ t: sessions.sessionToken });
  return ended.length;
}

export async function createSession(db: Database, userId: string, expires: Date) {
  const sessionToken = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({ sessionToken, userId, expires });
  return sessionToken;
}

export async function findValidSession(db: Database, sessionToken: string, now = new Date()) {
  const [row] = await db
    .select({ userId: sessions.userId, expires: sessions.expires })
    .from(sessions)
    // gt() binds the date through the column's own mapping; a raw sql param reaches postgres.js as a Date.
    .where(and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, now)));
  return row;
}
