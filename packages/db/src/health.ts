import { sql } from "drizzle-orm";
import type { DatabaseHandle, Engine } from "./client";
import { appliedMigrations } from "./migrate";

export interface DatabaseHealth {
  engine: Engine;
  migrations: number;
  latencyMs: number;
}

/** A round trip to the database, timed, and how many migrations it has applied. */
export async function databaseHealth(handle: DatabaseHandle): Promise<DatabaseHealth> {
  const started = performance.now();
  await handle.db.execute(sql`select 1`);
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  return { engine: handle.engine, migrations: await appliedMigrations(handle.db), latencyMs };
}
