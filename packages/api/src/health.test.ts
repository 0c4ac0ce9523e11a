import { openDatabase } from "@rapport/db";
import { testDatabase } from "@rapport/db/testing";
import { describe, expect, it } from "vitest";
import { healthReport } from "./health";

describe("health report", () => {
  it("answers ok with the engine, the applied migrations and a latency", async () => {
    const handle = await testDatabase();
    const report = await healthReport(async () => handle);
    expect(report.httpStatus).toBe(200);
    expect(report.body).toMatchObject({ status: "ok", database: { engine: handle.engine } });
    if (report.body.status !== "ok") throw new Error("expected ok");
    expect(report.body.database.migrations).toBeGreaterThan(0);
    expect(report.body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("answers 503 naming the problem when the database cannot be reached", async () => {
    // Nothing listens on port 1: the connection is refused.
    const unreachable = await openDatabase({ url: "postgres://nobody@127.0.0.1:1/nothing" });
    const report = await healthReport(async () => unreachable);
    await unreachable.close();
    expect(report.httpStatus).toBe(503);
    expect(report.body.status).toBe("unavailable");
    expect(JSON.stringify(report.body)).toMatch(/ECONNREFUSED|connect/i);
  });

  it("answers 503 when opening the database fails, with the reason", async () => {
    const report = await healthReport(async () => {
      throw new Error("The embedded database at /tmp/x is in use by process 42");
    });
    expect(report).toEqual({
      httpStatus: 503,
      body: {
        status: "unavailable",
        database: { error: "The embedded database at /tmp/x is in use by process 42" },
      },
    });
  });
});
