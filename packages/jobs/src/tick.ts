import type { Database, Engine } from "@rapport/db";
import { digestMailer } from "./digest-mailer";
import { jobsEnv } from "./env";
import { runDigest } from "./pipeline";
import { renderContextFromEnv } from "./secret";

/** Whether `npm start` sends digests on its own: by default only on the embedded database. */
export function digestTickEnabled(engine: Engine): boolean {
  const setting = jobsEnv().RAPPORT_DIGEST_TICK;
  return setting === "true" || (setting === "auto" && engine === "pglite");
}

/**
 * Runs the digest every few minutes inside the web server. Overlapping ticks are skipped; a tick on
 * several processes at once is safe (the pipeline claims work with SKIP LOCKED). Returns a stop function.
 */
export function startDigestTick(getDb: () => Promise<Database>, log: (line: string) => void = console.log) {
  const env = jobsEnv();
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const db = await getDb();
      const result = await runDigest({
        db,
        mailer: digestMailer(db),
        render: await renderContextFromEnv(db),
        trigger: "tick",
        requestsPerSecond: env.RESEND_REQUESTS_PER_SECOND,
      });
      if (result.sent + result.failed > 0) {
        log(`Digest tick: sent ${result.sent}, skipped ${result.skipped}, failed ${result.failed}`);
      }
    } catch (error) {
      log(`Digest tick failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 15_000);
  const timer = setInterval(tick, env.RAPPORT_DIGEST_TICK_MINUTES * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
