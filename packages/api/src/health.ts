import { type DatabaseHandle, type DatabaseHealth, databaseHealth } from "@rapport/db";

export type HealthReport =
  | { status: "ok"; database: DatabaseHealth }
  | { status: "unavailable"; database: { error: string } };

/**
 * What GET /api/health answers: 200 with the engine, applied migrations and a timed round trip,
 * or 503 naming the problem when the database cannot be opened or does not answer.
 */
export async function healthReport(
  open: () => Promise<DatabaseHandle>,
): Promise<{ httpStatus: 200 | 503; body: HealthReport }> {
  try {
    const handle = await open();
    return {
      httpStatus: 200,
      body: { status: "ok", database: await databaseHealth(handle.db, handle.engine) },
    };
  } catch (error) {
    const message = rootCause(error);
    return { httpStatus: 503, body: { status: "unavailable", database: { error: message } } };
  }
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
