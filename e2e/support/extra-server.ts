import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A port nobody listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface ExtraServer {
  url: string;
  port: number;
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the built app a second time with its own configuration (its own embedded database unless
 * DATABASE_URL is given), for checks that need a setting the shared test server does not have.
 */
export async function startExtraServer(env: Record<string, string>): Promise<ExtraServer> {
  const port = await freePort();
  const web = fileURLToPath(new URL("../../apps/web", import.meta.url));
  const dataDir = mkdtempSync(join(tmpdir(), "rapport-e2e-extra-"));
  const base: Record<string, string | undefined> = { ...process.env };
  for (const key of ["AUTH_URL", "DATABASE_URL", "RESEND_API_KEY", "RESEND_BASE_URL", "CRON_SECRET"])
    delete base[key];
  let output = "";
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], {
    cwd: web,
    detached: true,
    env: { ...base, NEXT_TELEMETRY_DISABLED: "1", RAPPORT_DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The extra server exited:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200 || response.status === 503) return { url, port, log: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  await stop();
  throw new Error(`The extra server did not answer in time:\n${output}`);
}
