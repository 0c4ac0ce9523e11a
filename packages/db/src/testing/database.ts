import { test as base } from "vitest";
import { type Database, type DatabaseHandle, openDatabase } from "../client";
import { migrate } from "../migrate";

const KEY = Symbol.for("rapport.test-database");
type Holder = { [KEY]?: Promise<DatabaseHandle> };

/** The database integration tests run against: TEST_DATABASE_URL or DATABASE_URL (Postgres), else PGlite in memory. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** One migrated database per test worker, shared by that worker's tests. */
export function testDatabase(): Promise<DatabaseHandle> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (async () => {
    const url = testDatabaseUrl();
    const handle = await openDatabase(url ? { url, max: 4 } : { dataDir: "memory://" });
    await migrate(handle);
    return handle;
  })();
  return holder[KEY];
}

class Rollback extends Error {}

/** Runs `body` in a transaction that is always rolled back, so every test starts from the same state. */
export async function withRollback<T>(body: (db: Database) => Promise<T>): Promise<T> {
  const { db } = await testDatabase();
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await body(tx as unknown as Database);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result as T;
}

/** `test` with a `db` fixture: a transaction on the worker's database, rolled back after the test. */
export const dbTest = base.extend<{ db: Database }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures must destructure their first argument
  db: async ({}, use) => {
    await withRollback(async (db) => {
      await use(db);
    });
  },
});
