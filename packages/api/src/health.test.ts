import { openDatabase } from "@rapport/db";
import { testDatabase } from "@rapport/db/testing";
import { describe, expect, it } from "vitest";
import { healthReport } from "./health";

describe("health report", () => {
  it("answers ok with the engine, the applied migrations and a latency", async () => {
    const handle = await testDatabase();
    const report = await healthReport(async () => handle, { detail: true });
    expect(report.httpStatus).toBe(200);
    expect(report.body).toMatchObject({ status: "ok", database: { engine: handle.engine } });
    if (report.body.status !== "ok" || !("migrations" in report.body.database))
      throw new Error("expected detail");
    expect(report.body.database.migrations).toBeGreaterThan(0);
    expect(report.body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("answers 503 naming the problem when the database cannot be reached", async () => {
    // Nothing listens on port 1: the connection is refused.
    const unreachable = await openDatabase({ url: "postgres://nobody@127.0.0.1:1/nothing" });
    const report = await healthReport(async () => unreachable, { detail: true });
    await unreachable.close();
    expect(report.httpStatus).toBe(503);
    expect(report.body.status).toBe("unavailable");
    expect(JSON.stringify(report.body)).toMatch(/ECONNREFUSED|connect/i);
  });

  it("answers 503 when opening the database fails, with the reason", async () => {
    const report = await healthReport(
      async () => {
        throw new Error("The embedded database at /tmp/x is in use by process 42");
      },
      { detail: true },
    );
    expect(report).toEqual({
      httpStatus: 503,
      body: {
        status: "unavailable",
        // The engine named is the configured one (Postgres on the CI's second pass).
        database: {
          engine: expect.stringMatching(/^(pglite|postgres)$/),
          error: "The embedded database at /tmp/x is in use by process 42",
        },
      },
    });
  });

  it("tells an anonymous caller only the status and the engine, never addresses or errors", async () => {
    const unreachable = await openDatabase({ url: "postgres://nobody@127.0.0.1:1/nothing" });
    const down = await healthReport(async () => unreachable, { detail: false });
    await unreachable.close();
    expect(down.httpStatus).toBe(503);
    expect(down.body).toEqual({ status: "unavailable", database: { engine: expect.any(String) } });
    expect(JSON.stringify(down.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:1\b/);

    const handle = await testDatabase();
    const up = await healthReport(async () => handle, { detail: false });
    expect(up).toEqual({ httpStatus: 200, body: { status: "ok", database: { engine: handle.engine } } });
  });
});
