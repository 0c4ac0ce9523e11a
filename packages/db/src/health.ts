import { sql } from "drizzle-orm";
import type { Database, Engine } from "./client";
import { appliedMigrations } from "./migrate";

export interface DatabaseHealth {
  engine: Engine;
  migrations: number;
  latencyMs: number;
}

/** A round trip to the database, timed, and how many migrations it has applied. */
export async function databaseHealth(db: Database, engine: Engine): Promise<DatabaseHealth> {
  const started = performance.now();
  await db.execute(sql`select 1`);
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  return { engine, migrations: await appliedMigrations(db), latencyMs };
}
