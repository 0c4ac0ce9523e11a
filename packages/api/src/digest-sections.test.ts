import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

describe("digest sections", () => {
  test("a person picks the sections of their email; the choice is kept and odd ones are refused", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.employeeA).digest;
    expect((await me.preferences()).hiddenSections).toEqual([]);
    await me.updatePreferences({ enabled: true, day: 1, hour: 8, hiddenSections: ["tip", "lastWeek"] });
    expect((await me.preferences()).hiddenSections).toEqual(["tip", "lastWeek"]);
    // Saving day and time alone keeps the sections as they were.
    await me.updatePreferences({ enabled: true, day: 2, hour: 9 });
    expect((await me.preferences()).hiddenSections).toEqual(["tip", "lastWeek"]);
    await expect(
      me.updatePreferences({ enabled: true, day: 1, hour: 8, hiddenSections: ["<script>" as "tip"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Someone else's choice is their own.
    expect((await callerFor(db, f.adminA).digest.preferences()).hiddenSections).toEqual([]);
  });
});
