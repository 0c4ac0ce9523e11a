import { sql } from "drizzle-orm";
import type { Database, DatabaseHandle } from "./client";
import { migrationsDir } from "./paths";
import { keyUnkeyedContacts } from "./queries/contact-import";

/**
 * Applies the committed drizzle/ migrations that have not run yet, then fills in what a migration
 * cannot compute in SQL (contacts' match keys). Safe to call at every start.
 */
export async function migrate(handle: DatabaseHandle, folder: string = migrationsDir()): Promise<void> {
  await handle.applyMigrations(folder);
  await keyUnkeyedContacts(handle.db);
}

function rowsOf<T>(result: unknown): T[] {
  // postgres.js returns an array; PGlite returns { rows }.
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** A json column of a raw statement: postgres.js hands it over as text, PGlite already parsed. */
function jsonOf<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** How many migrations this database has applied. */
export async function appliedMigrations(db: Database): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
  return Number(rowsOf<{ count: number }>(result)[0]?.count ?? 0);
}

export { jsonOf, rowsOf };
