import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { invocationDir } from "./env";

/** The repository root is the nearest folder above the working directory that holds drizzle/meta. */
export function findRepoRoot(from: string = process.cwd()): string {
  let dir = resolve(/* turbopackIgnore: true */ from);
  for (;;) {
    if (existsSync(join(/* turbopackIgnore: true */ dir, "drizzle", "meta", "_journal.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `Cannot find the drizzle/ migrations folder above ${from}. Run Rapport from inside its repository.`,
      );
    }
    dir = parent;
  }
}

export function migrationsDir(): string {
  return join(/* turbopackIgnore: true */ findRepoRoot(), "drizzle");
}

/** Where the embedded database keeps its files: RAPPORT_DATA_DIR, or .data at the repository root. */
export function resolveDataDir(configured: string | undefined): string {
  if (!configured) return join(/* turbopackIgnore: true */ findRepoRoot(), ".data");
  return isAbsolute(configured)
    ? configured
    : resolve(/* turbopackIgnore: true */ invocationDir(), configured);
}
