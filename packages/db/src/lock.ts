import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${pid}; stop it or set DATABASE_URL to use Postgres.`,
    );
    this.name = "DatabaseInUseError";
  }
}

interface LockHolder {
  pid: number;
  host: string;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<LockHolder>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, host: String(parsed.host ?? "") } : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite has no lock of its own and two processes writing one folder corrupt it, so the folder is
 * guarded by an exclusive lock file holding the owner's pid. A lock left by a dead process is taken over.
 * Returns a function that releases the lock (also released when the process exits).
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "rapport.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(file);
      if (holder && holder.pid !== process.pid && holder.host === hostname() && isAlive(holder.pid)) {
        throw new DatabaseInUseError(dataDir, holder.pid);
      }
      if (holder && holder.pid !== process.pid && holder.host !== hostname()) {
        throw new DatabaseInUseError(dataDir, holder.pid);
      }
      // Stale lock: move it aside (rename is atomic, so only one contender wins) and try again.
      try {
        renameSync(file, `${file}.stale-${process.pid}`);
        rmSync(`${file}.stale-${process.pid}`, { force: true });
      } catch {
        // Another process took it over first; the next attempt reads its lock.
      }
    }
  }
  throw new Error(`Could not lock the embedded database folder ${dataDir}`);
}
