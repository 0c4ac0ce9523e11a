import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { readDbEnv } from "./env";
import { lockDataDir } from "./lock";
import { resolveDataDir } from "./paths";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Either engine's database, or a transaction on it: every query function takes this. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Engine = "pglite" | "postgres";
export type PGliteClient = import("@electric-sql/pglite").PGlite;

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  /** Where the data lives: the folder for PGlite, the host/database for Postgres (no password). */
  location: string;
  /** Applies migrations from a folder (see migrate.ts). */
  applyMigrations(folder: string): Promise<void>;
  /**
   * What the job engine (pg-boss) connects to: the same Postgres through its own pool, or this very
   * PGlite instance (one connection, shared with Drizzle; PGlite runs one statement at a time).
   */
  jobs: { url: string } | { pglite: PGliteClient };
  /**
   * PGlite only: the bytes of WebAssembly memory the embedded Postgres holds (it grows, never shrinks).
   * Read by the memory soak benchmark's sampler; undefined on Postgres.
   */
  wasmMemoryBytes?: () => number;
  close(): Promise<void>;
}

// Any number of processes may start at once on one Postgres; they take turns migrating.
const MIGRATION_LOCK_KEY = 7_303_001;

/**
 * PGlite keeps Postgres's shared buffers inside its WebAssembly memory, which grows as pages are touched
 * and never shrinks. Postgres's default (128 MB) is sized for a dedicated server; an embedded team-sized
 * database fits in far less, and the files stay in the operating system's cache anyway. Measured with
 * bench/soak: see bench/README.md.
 */
const PGLITE_SHARED_BUFFERS = "32MB";

/**
 * Creating a new cluster (initdb) takes PGlite's memory to ~700 MB, and WebAssembly memory is never given
 * back, so a first start would carry that for its whole life. A short-lived child process creates the
 * cluster instead and exits, taking the memory with it; this process then opens the finished cluster
 * (~190 MB). If the child cannot run, PGlite creates the cluster here as before.
 */
function createClusterApart(pgdata: string): void {
  if (existsSync(join(pgdata, "PG_VERSION"))) return;
  try {
    const entry = createRequire(join(process.cwd(), "noop.js")).resolve("@electric-sql/pglite");
    const code =
      "const { PGlite } = require(process.env.PGLITE_ENTRY);" +
      "PGlite.create(process.env.PGLITE_DIR).then((db) => db.close()).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });";
    spawnSync(process.execPath, ["-e", code], {
      env: { ...process.env, PGLITE_ENTRY: entry, PGLITE_DIR: pgdata },
      stdio: "ignore",
      timeout: 120_000,
    });
  } catch {
    // PGlite.create below makes the cluster in this process.
  }
}

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite engine is used. */
  url?: string;
  /** PGlite folder; "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** Pool size for Postgres. */
  max?: number;
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(options.url, { max: options.max ?? 10, connect_timeout: 10, onnotice: () => {} });
    const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
    const url = options.url;
    return {
      db,
      engine: "postgres",
      location: describeUrl(url),
      jobs: { url },
      async applyMigrations(folder) {
        const { migrate } = await import("drizzle-orm/postgres-js/migrator");
        // A session-level advisory lock needs one connection for lock, migrate and unlock.
        const single = postgres(url, { max: 1, onnotice: () => {} });
        try {
          await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
          await migrate(drizzle(single, { casing: "snake_case" }), { migrationsFolder: folder });
          await single`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
        } finally {
          await single.end({ timeout: 5 });
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dataDir = options.dataDir ?? "memory://";
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    const pgdata = inMemory ? dataDir : join(dataDir, "pgdata");
    if (!inMemory) createClusterApart(pgdata);
    const client = await PGlite.create(pgdata, {
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    });
    const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
    return {
      db,
      engine: "pglite",
      location: dataDir,
      jobs: { pglite: client },
      // PGlite keeps its WebAssembly memory on the module; HEAP8 is not exported by every build.
      wasmMemoryBytes: () => client.Module.wasmMemory?.buffer.byteLength ?? client.Module.HEAP8?.length ?? 0,
      async applyMigrations(folder) {
        const { migrate } = await import("drizzle-orm/pglite/migrator");
        await migrate(drizzle(client, { casing: "snake_case" }), { migrationsFolder: folder });
      },
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens the database the environment describes (DATABASE_URL, else PGlite in RAPPORT_DATA_DIR or .data). */
export function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const env = readDbEnv();
  return env.DATABASE_URL
    ? openDatabase({ url: env.DATABASE_URL })
    : openDatabase({ dataDir: resolveDataDir(env.RAPPORT_DATA_DIR) });
}
