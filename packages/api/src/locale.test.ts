import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations, withNothingDue } from "./testing";

// A short weekday and day as each locale writes it: "Do., 4. Feb." / "Thu, Feb 4" / "Thu 4 Feb".
const GERMAN_DAY = /\b(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. /;
const US_DAY = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}\b/;

describe("a person's date and number format", () => {
  test("is chosen in the profile, kept when 'about you' leaves it out, and only listed formats are taken", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.employeeA).me;
    expect((await me.get()).user.locale).toBe("en-GB");
    await me.updateProfile({ name: "Eve Employee", timeZone: "Europe/Berlin", locale: "de-DE" });
    expect((await me.get()).user.locale).toBe("de-DE");
    // "About you" sends only name and zone: the format stays.
    await me.updateProfile({ name: "Eve E.", timeZone: "Europe/Berlin" });
    expect((await me.get()).user).toMatchObject({ name: "Eve E.", locale: "de-DE" });
    for (const bad of ["xx-XX", "en-GB\u0000", "<script>", "a".repeat(5000)]) {
      await expect(
        me.updateProfile({ name: "Mallory", timeZone: "UTC", locale: bad as "en-GB" }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    // Nothing half-written: the refused calls changed neither the name nor the format.
    expect((await me.get()).user).toMatchObject({ name: "Eve E.", locale: "de-DE" });
  });

  test("the digest writes dates in the person's format", async ({ db }) => {
    const f = await twoOrganisations(db);
    await withNothingDue(db, f);
    const caller = callerFor(db, f.employeeA);
    const british = (await caller.digest.preview())?.text ?? "";
    expect(british).not.toMatch(GERMAN_DAY);

    await caller.me.updateProfile({ name: "Eve Employee", timeZone: "Europe/Berlin", locale: "de-DE" });
    const german = await caller.digest.preview();
    expect(german?.locale).toBe("de-DE");
    expect(german?.text).toMatch(GERMAN_DAY);
    // The words stay English.
    expect(german?.text).toContain("Hi Eve");

    await caller.me.updateProfile({ name: "Eve Employee", timeZone: "America/New_York", locale: "en-US" });
    expect((await caller.digest.preview())?.text).toMatch(US_DAY);
  });
});
