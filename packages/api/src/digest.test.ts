import { schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations, withNothingDue } from "./testing";

describe("digest procedures", () => {
  test("preferences follow the organisation's default until changed, and can be switched off", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.employeeA);
    expect(await me.digest.preferences()).toMatchObject({
      enabled: true,
      day: 1,
      hour: 8,
      usesOrganisationDefault: true,
    });
    expect(await me.digest.updatePreferences({ enabled: false, day: 3, hour: 17 })).toMatchObject({
      enabled: false,
      day: 3,
      hour: 17,
      usesOrganisationDefault: false,
    });
    await expect(me.digest.updatePreferences({ enabled: true, day: 8, hour: 9 })).rejects.toThrow(
      /Choose a day/,
    );
  });

  test("the preview renders my digest, with a sample when nothing is due yet", async ({ db }) => {
    const f = await twoOrganisations(db);
    await withNothingDue(db, f);
    const preview = await callerFor(db, f.employeeA).digest.preview();
    expect(preview?.sample).toBe(true);
    expect(preview?.text).toContain("Hi Eve");
    expect(preview?.text).toContain("Unsubscribe");
  });

  test("admins see runs of their own organisation only", async ({ db }) => {
    const f = await twoOrganisations(db);
    expect(await callerFor(db, f.adminA).digest.runs()).toEqual({ runs: [], failures: [] });
    // One run that reached both organisations: each admin sees it counted over their own people only,
    // and only their own people's failures.
    const [run] = await db
      .insert(schema.digestRuns)
      .values({ trigger: "cron", workerId: "test", startedAt: new Date(), finishedAt: new Date() })
      .returning();
    if (!run) throw new Error("run");
    const delivery = { isoWeek: "2026-W49", kind: "employee" as const, dueAt: new Date(), runId: run.id };
    await db.insert(schema.digestDeliveries).values([
      { ...delivery, userId: f.employeeA.id, organisationId: f.orgA.id, state: "sent" },
      {
        ...delivery,
        userId: f.managerA.id,
        organisationId: f.orgA.id,
        state: "failed",
        error: "Mailbox full",
      },
      { ...delivery, userId: f.managerB.id, organisationId: f.orgB.id, state: "failed", error: "Bounced" },
    ]);
    const seenByA = await callerFor(db, f.adminA).digest.runs();
    expect(seenByA.runs).toMatchObject([{ id: run.id, sent: 1, skipped: 0, failed: 1 }]);
    expect(seenByA.failures.map((x) => x.error)).toEqual(["Mailbox full"]);
    const seenByB = await callerFor(db, f.adminB).digest.runs();
    expect(seenByB.runs).toMatchObject([{ id: run.id, sent: 0, skipped: 0, failed: 1 }]);
    expect(seenByB.failures.map((x) => x.error)).toEqual(["Bounced"]);
  });

  test("a run whose worker died shows as interrupted, with what it had sent", async ({ db }) => {
    const f = await twoOrganisations(db);
    const hour = 3_600_000;
    await db.insert(schema.digestRuns).values([
      // Killed half an hour after its last batch: never finished.
      {
        id: "run-dead",
        trigger: "worker",
        workerId: "w1",
        startedAt: new Date(Date.now() - hour),
        heartbeatAt: new Date(Date.now() - hour / 2),
      },
      {
        id: "run-live",
        trigger: "worker",
        workerId: "w2",
        startedAt: new Date(Date.now() - hour),
        heartbeatAt: new Date(),
      },
    ]);
    await db.insert(schema.digestDeliveries).values(
      ["run-dead", "run-live"].map((runId, i) => ({
        userId: f.employeeA.id,
        organisationId: f.orgA.id,
        isoWeek: `2026-W4${i}`,
        kind: "employee" as const,
        state: "sent" as const,
        dueAt: new Date(Date.now() - hour),
        runId,
      })),
    );
    const { runs } = await callerFor(db, f.adminA).digest.runs();
    expect(runs.map((r) => [r.id, r.status, r.sent]).sort()).toEqual([
      ["run-dead", "interrupted", 1],
      ["run-live", "running", 1],
    ]);
  });
});
