// Imports find people already saved even when the file has no LinkedIn profile or email for them.
import { dbTest, testDatabase } from "@rapport/db/testing";
import { beforeAll, describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

beforeAll(async () => {
  await testDatabase();
});

const linkedIn = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Rosa,Delgado,https://www.linkedin.com/in/rosadelgado,,Northwind,Head of Partnerships,15-Jan-24",
].join("\n");

const android = [
  "BEGIN:VCARD",
  "VERSION:2.1",
  "N:Okafor;Tom;;;",
  "FN:Tom Okafor",
  "TEL;CELL:+44 20 7946 0000",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:2.1",
  "FN:Plumber",
  "END:VCARD",
].join("\r\n");

describe("importing people already saved", () => {
  dbTest(
    "a LinkedIn row for someone saved by name and company is offered as a merge, not a second person",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const mine = callerFor(db, f.employeeA).contacts;
      const theirs = callerFor(db, f.managerB).contacts;
      await mine.create({ name: "Rosa Delgado", company: "Northwind Inc." });
      // Someone in another organisation with the same name is never matched.
      await theirs.create({ name: "Rosa Delgado", company: "Northwind" });

      const preview = await mine.previewImport({ filename: "Connections.csv", text: linkedIn });
      expect(preview.counts).toEqual({ create: 0, update: 1, skip: 0 });
      expect(preview.items[0]).toMatchObject({
        action: "update",
        matchedBy: "name",
        possibleDuplicateOf: "Rosa Delgado (Northwind Inc.)",
      });
      const drafts = preview.items.filter((i) => i.action !== "skip").map((i) => i.draft);
      expect(await mine.importDrafts({ drafts })).toEqual({ create: 0, update: 1, skip: 0 });
      expect((await mine.list()).items.map((c) => c.name)).toEqual(["Rosa Delgado"]);
      // The merge saved her profile: the same file now matches by it and changes nothing.
      const again = await mine.previewImport({ filename: "Connections.csv", text: linkedIn });
      expect(again.items[0]).toMatchObject({
        action: "skip",
        reason: expect.stringContaining("LinkedIn profile"),
      });
      expect((await theirs.list()).total).toBe(1);
    },
  );

  dbTest("the same Android vCard imported twice adds nobody the second time", async ({ db }) => {
    const f = await twoOrganisations(db);
    const mine = callerFor(db, f.employeeA).contacts;
    for (const expected of [
      { create: 2, update: 0, skip: 0 },
      { create: 0, update: 0, skip: 2 },
    ]) {
      const preview = await mine.previewImport({ filename: "contacts.vcf", text: android });
      const drafts = preview.items.filter((i) => i.action !== "skip").map((i) => i.draft);
      expect(preview.counts).toEqual(expected);
      if (drafts.length > 0) await mine.importDrafts({ drafts });
    }
    // Drafts sent again without a fresh preview are matched on the server too.
    const drafts = (await mine.previewImport({ filename: "contacts.vcf", text: android })).items.map(
      (i) => i.draft,
    );
    expect(await mine.importDrafts({ drafts })).toEqual({ create: 0, update: 0, skip: 2 });
    expect((await mine.list()).total).toBe(2);
  });
});
