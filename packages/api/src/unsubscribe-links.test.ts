import { resolveAuthSecret } from "@rapport/auth";
import { dbTest as test } from "@rapport/db/testing";
import { createUnsubscribeToken, digestLinks, handleUnsubscribe } from "@rapport/jobs";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

describe("unsubscribe links carry a generation", () => {
  test("old links keep working until the person signs out everywhere; then only the new link works", {
    timeout: 120_000,
  }, async ({ db }) => {
    const f = await twoOrganisations(db);
    const secret = await resolveAuthSecret(db);
    // A link as digests sent it before links had generations.
    const old = createUnsubscribeToken(f.employeeA.id, secret);
    expect(await handleUnsubscribe(db, secret, old, "status")).toMatchObject({ status: 200, enabled: true });

    await callerFor(db, f.employeeA).me.signOutEverywhere();

    const refused = await handleUnsubscribe(db, secret, old, "unsubscribe");
    expect(refused).toEqual({ status: 400, error: expect.stringMatching(/replaced by a newer one/) });
    expect(await callerFor(db, f.employeeA).digest.preferences()).toMatchObject({ enabled: true });

    // The next digest (and its preview) carries the new generation, which works.
    const preview = await callerFor(db, f.employeeA).digest.preview();
    const fresh = /\/api\/unsubscribe\/([A-Za-z0-9_.-]+)/.exec(preview?.html ?? "")?.[1] ?? "";
    expect(fresh).not.toBe(old);
    expect(await handleUnsubscribe(db, secret, fresh, "unsubscribe")).toMatchObject({
      status: 200,
      enabled: false,
    });
    expect(await callerFor(db, f.employeeA).digest.preferences()).toMatchObject({ enabled: false });

    // Someone else's links are untouched by it.
    const other = createUnsubscribeToken(f.managerA.id, secret);
    expect(await handleUnsubscribe(db, secret, other, "status")).toMatchObject({ status: 200 });
    expect(
      digestLinks(
        { appUrl: "https://r.example", secret, from: "x@y" },
        { userId: "u", unsubscribeVersion: 3 },
      ).unsubscribeUrl,
    ).toMatch(/\.3\./);
  });
});
