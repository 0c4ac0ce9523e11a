import { type Database, type DatabaseHandle, migrate, openDatabase, schema } from "@rapport/db";
import { sampleDigestInput, sampleManagerDigestInput } from "@rapport/domain/digest";
import { createMailer, type Mailer, type RetryPolicy } from "@rapport/email";
import type { FakeResend } from "@rapport/email/testing";
import postgres from "postgres";
import type { DigestSources } from "../digest-sources";
import type { RenderContext } from "../render-digest";

export interface PipelineDatabase {
  handle: DatabaseHandle;
  /** Postgres URL of the scratch database (null on PGlite), for a second worker or a child process. */
  url: string | null;
  drop(): Promise<void>;
}

let scratchCounter = 0;

/**
 * A fresh, migrated database that really commits (the pipeline's claims must be seen by other
 * connections): PGlite in memory, or a scratch database on the Postgres at `serverUrl`, named after the
 * database that URL names (`<name>_digest_…`).
 */
export async function pipelineDatabase(serverUrl?: string): Promise<PipelineDatabase> {
  if (!serverUrl) {
    const handle = await openDatabase({ dataDir: "memory://" });
    await migrate(handle);
    return { handle, url: null, drop: () => handle.close() };
  }
  scratchCounter += 1;
  // Named after the database the URL points at (several people share one server), else "rapport".
  const base = new URL(serverUrl).pathname.slice(1).replace(/[^a-z0-9_]/gi, "");
  const prefix = base && base !== "postgres" ? base : "rapport";
  const name = `${prefix}_digest_${process.pid}_${Date.now()}_${scratchCounter}`.toLowerCase();
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const handle = await openDatabase({ url, max: 6 });
  await migrate(handle);
  return {
    handle,
    url,
    async drop() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * An organisation with `count` people in Europe/London (digest Monday 08:00), the first of whom
 * manages a team of the next four. Returns their ids and addresses.
 */
export async function seedDigestPeople(db: Database, count: number, options: { timeZone?: string } = {}) {
  const [org] = await db
    .insert(schema.organisations)
    .values({ name: "Digest Test Ltd", slug: `digest-${Date.now()}-${Math.random().toString(36).slice(2)}` })
    .returning();
  if (!org) throw new Error("organisation");
  const tag = Math.random().toString(36).slice(2, 8);
  const people = await db
    .insert(schema.users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        name: `Person ${i}`,
        email: `person.${i}.${tag}@example.test`,
        timeZone: options.timeZone ?? "Europe/London",
      })),
    )
    .returning({ id: schema.users.id, email: schema.users.email });
  await db
    .insert(schema.memberships)
    .values(people.map((p) => ({ organisationId: org.id, userId: p.id, role: "member" as const })));
  const [team] = await db.insert(schema.teams).values({ organisationId: org.id, name: "Team" }).returning();
  if (!team) throw new Error("team");
  await db.insert(schema.teamMembers).values(
    people.slice(0, 5).map((p, i) => ({
      teamId: team.id,
      userId: p.id,
      role: i === 0 ? ("manager" as const) : ("employee" as const),
    })),
  );
  return { organisationId: org.id, people, managerId: people[0]?.id ?? "" };
}

/** Loaders that give everyone a week with content (what the other areas' tables will provide). */
export const testSources: DigestSources = {
  async employee(_db, user, week) {
    return sampleDigestInput(
      week.now,
      { name: user.name, email: user.email, timeZone: user.timeZone },
      week.weekKey,
    );
  },
  async manager(_db, user, week) {
    return sampleManagerDigestInput(
      { name: user.name, email: user.email, timeZone: user.timeZone },
      week.weekKey,
    );
  },
};

export const testRenderContext: RenderContext = {
  appUrl: "https://rapport.test",
  secret: "test-secret-that-is-long-enough-for-hmac-0123456789",
  from: "Rapport <hello@rapport.test>",
};

/** The real Resend SDK pointed at the fake, with quick retries and a short time-out. */
export function fakeResendMailer(
  fake: FakeResend,
  retry: RetryPolicy = { attempts: 3, baseDelayMs: 5, maxDelayMs: 50 },
  timeoutMs = 400,
): Mailer {
  return createMailer({
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    from: testRenderContext.from,
    retry,
    timeoutMs,
  });
}
