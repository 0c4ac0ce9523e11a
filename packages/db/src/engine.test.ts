import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "./client";
import { databaseHealth } from "./health";
import { appliedMigrations, migrate, rowsOf } from "./migrate";
import { migrationsDir } from "./paths";
import { organisations } from "./schema";
import { testDatabaseUrl } from "./testing";

const journal = JSON.parse(readFileSync(join(migrationsDir(), "meta", "_journal.json"), "utf8")) as {
  entries: unknown[];
};
const expectedTables = ["organisations", "users", "memberships", "teams", "team_members", "sessions"];

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const result = await handle.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public'`,
  );
  return rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
}

describe("embedded engine (PGlite)", () => {
  it("applies every committed migration once, and again is a no-op", async () => {
    const handle = await openDatabase({ dataDir: "memory://" });
    await migrate(handle);
    await migrate(handle);
    expect(await appliedMigrations(handle.db)).toBe(journal.entries.length);
    expect(await tableNames(handle)).toEqual(expect.arrayContaining(expectedTables));
    const health = await databaseHealth(handle.db, handle.engine);
    expect(health).toMatchObject({ engine: "pglite", migrations: journal.entries.length });
    // The memory soak charts this: Postgres's 32 MB of shared buffers and its caches live in it.
    expect(handle.wasmMemoryBytes?.()).toBeGreaterThan(32 * 1024 * 1024);
    await handle.close();
  });

  it("keeps data in its folder across a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-data-"));
    const first = await openDatabase({ dataDir: dir });
    await migrate(first);
    await first.db.insert(organisations).values({ name: "Kept Ltd", slug: "kept" });
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    await migrate(second);
    const found = await second.db.select().from(organisations).where(eq(organisations.slug, "kept"));
    expect(found.map((o) => o.name)).toEqual(["Kept Ltd"]);
    await second.close();
  });
});

// Runs when integration tests are pointed at Postgres (CI does); each run uses its own scratch database.
const url = testDatabaseUrl();
describe.runIf(url)("server engine (Postgres)", () => {
  const scratch = `rapport_migrate_${process.pid}_${Date.now()}`;
  const admin = url ? postgres(url, { max: 1, onnotice: () => {} }) : undefined;
  const scratchUrl = url ? Object.assign(new URL(url), { pathname: `/${scratch}` }).toString() : "";

  afterAll(async () => {
    await admin?.unsafe(`drop database if exists ${scratch} with (force)`);
    await admin?.end();
  });

  it("applies the same migrations to an empty Postgres database, concurrently from two processes' worth of clients", async () => {
    await admin?.unsafe(`create database ${scratch}`);
    const a = await openDatabase({ url: scratchUrl });
    const b = await openDatabase({ url: scratchUrl });
    await Promise.all([migrate(a), migrate(b)]);
    expect(await appliedMigrations(a.db)).toBe(journal.entries.length);
    expect(await tableNames(a)).toEqual(expect.arrayContaining(expectedTables));
    expect(await databaseHealth(b.db, b.engine)).toMatchObject({
      engine: "postgres",
      migrations: journal.entries.length,
    });
    await Promise.all([a.close(), b.close()]);
  });
});
