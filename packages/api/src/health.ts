import {
  type DatabaseHandle,
  type DatabaseHealth,
  databaseHealth,
  type Engine,
  readDbEnv,
} from "@rapport/db";

export type HealthReport =
  | { status: "ok"; database: DatabaseHealth }
  | { status: "unavailable"; database: { engine: Engine; error: string } };

/** What anyone may see: up or not, and which engine. Addresses, versions and errors stay out. */
export type PublicHealthReport = { status: "ok" | "unavailable"; database: { engine: Engine } };

/** The engine this process is configured for, known even when the database cannot be opened. */
function configuredEngine(): Engine {
  return readDbEnv().DATABASE_URL ? "postgres" : "pglite";
}

/**
 * What GET /api/health answers: 200 or 503. With `detail` (the cron secret or a signed-in admin): the
 * applied migrations, a timed round trip, or the reason the database cannot be reached. Without it,
 * only the status and the engine, since an error names internal hosts and ports.
 */
export async function healthReport(
  open: () => Promise<DatabaseHandle>,
  options: { detail?: boolean } = {},
): Promise<{ httpStatus: 200 | 503; body: HealthReport | PublicHealthReport }> {
  let report: { httpStatus: 200 | 503; body: HealthReport };
  try {
    const handle = await open();
    report = {
      httpStatus: 200,
      body: { status: "ok", database: await databaseHealth(handle.db, handle.engine) },
    };
  } catch (error) {
    report = {
      httpStatus: 503,
      body: { status: "unavailable", database: { engine: configuredEngine(), error: rootCause(error) } },
    };
  }
  if (options.detail) return report;
  return {
    httpStatus: report.httpStatus,
    body: { status: report.body.status, database: { engine: report.body.database.engine } },
  };
}

/** Drizzle wraps driver errors ("Failed query: select 1"); the useful part is the innermost cause. */
function rootCause(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause !== undefined) current = current.cause;
  if (current instanceof Error) {
    const code = (current as NodeJS.ErrnoException).code;
    return code && !current.message.includes(code) ? `${current.message} (${code})` : current.message;
  }
  return String(current);
}
