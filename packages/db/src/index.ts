export type { Database, DatabaseHandle, Engine, OpenOptions, Transaction } from "./client";
export { openConfiguredDatabase, openDatabase } from "./client";
export { readDbEnv } from "./env";
export { type DatabaseHealth, databaseHealth } from "./health";
export { closeDatabase, getDatabase } from "./instance";
export { DatabaseInUseError, lockDataDir } from "./lock";
export { appliedMigrations, migrate } from "./migrate";
export { findRepoRoot, migrationsDir, resolveDataDir } from "./paths";
export * from "./queries";
export * as schema from "./schema";
export {
  DEMO_ORG_SLUG,
  DEMO_PEOPLE,
  DEMO_SEEDERS,
  DEMO_TEAMS,
  isEmpty,
  seedDemo,
} from "./seed";
export type { DemoSeedContext } from "./seed/context";
