import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

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
    const preview = await callerFor(db, f.employeeA).digest.preview();
    expect(preview?.sample).toBe(true);
    expect(preview?.text).toContain("Hi Eve");
    expect(preview?.text).toContain("Unsubscribe");
  });

  test("admins see runs of their own organisation only", async ({ db }) => {
    const f = await twoOrganisations(db);
    expect(await callerFor(db, f.adminA).digest.runs()).toEqual({ runs: [], failures: [] });
  });
});
