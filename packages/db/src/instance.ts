import { type DatabaseHandle, openConfiguredDatabase } from "./client";
import { readDbEnv } from "./env";
import { migrate } from "./migrate";
import { isEmpty, seedDemo } from "./seed";

const KEY = Symbol.for("rapport.database");
type Holder = { [KEY]?: Promise<DatabaseHandle> };

async function prepare(): Promise<DatabaseHandle> {
  const env = readDbEnv();
  const handle = await openConfiguredDatabase();
  try {
    await migrate(handle);
    const seed =
      env.RAPPORT_SEED_DEMO === "true" || (env.RAPPORT_SEED_DEMO === "auto" && handle.engine === "pglite");
    if (seed && (await isEmpty(handle.db))) await seedDemo(handle.db);
    return handle;
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

/**
 * The process's one database: opened on first use (never at import time, so builds and tests that
 * never touch it stay cheap), migrated, and on a first embedded start seeded with the demo organisation.
 * A failed open is not cached, so the next request tries again.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = prepare().catch((error: unknown) => {
      holder[KEY] = undefined;
      throw error;
    });
  }
  return holder[KEY];
}

/** Closes the process's database (for scripts and graceful shutdown). */
export async function closeDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[KEY];
  holder[KEY] = undefined;
  if (pending) await (await pending).close();
}
