import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { DatabaseInUseError, lockDataDir } from "./lock";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** Starts another Node process that opens the embedded database in `dir` and keeps it open. */
function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const script = `
    import { openDatabase } from ${JSON.stringify(new URL("./client.ts", import.meta.url).pathname)};
    await openDatabase({ dataDir: ${JSON.stringify(dir)} });
    console.log("ready");
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

describe("embedded database lock", () => {
  it("refuses a second process with a message naming the folder and the process", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-lock-"));
    const holder = await holdInAnotherProcess(dir);

    const attempt = openDatabase({ dataDir: dir });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseInUseError);
    await expect(attempt).rejects.toThrow(
      `The embedded database at ${dir} is in use by process ${holder.pid}; stop it or set DATABASE_URL`,
    );
  });

  it("takes over a lock left behind by a process that no longer runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-lock-"));
    const holder = await holdInAnotherProcess(dir);
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("exit", resolve));

    const handle = await openDatabase({ dataDir: dir });
    await handle.close();
    expect(existsSync(join(dir, "rapport.lock"))).toBe(false);
  });

  it("treats a lock file without an owner as stale", () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-lock-"));
    writeFileSync(join(dir, "rapport.lock"), "not json");
    const release = lockDataDir(dir);
    expect(existsSync(join(dir, "rapport.lock"))).toBe(true);
    release();
    expect(existsSync(join(dir, "rapport.lock"))).toBe(false);
  });
});
