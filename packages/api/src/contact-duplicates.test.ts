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

  dbTest(
    "each possible duplicate is merged, left out or added as new, as the person chose",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const mine = callerFor(db, f.employeeA).contacts;
      const rosa = await mine.create({ name: "Rosa Delgado", company: "Northwind" });
      const tom = await mine.create({ name: "Tom Okafor", company: "Contoso", notes: "Plays the cello." });
      await mine.create({ name: "Priya Shah", company: "Fabrikam" });
      const file = [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Rosa,Delgado,https://www.linkedin.com/in/rosa-delgado-design,,Northwind,Designer,15-Jan-24",
        "Tom,Okafor,https://www.linkedin.com/in/tomokafor,,Contoso,CTO,16-Jan-24",
        "Priya,Shah,https://www.linkedin.com/in/priyashah,,Fabrikam,VP Sales,17-Jan-24",
        "Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical,Engineer,18-Jan-24",
      ].join("\n");
      const preview = await mine.previewImport({ filename: "Connections.csv", text: file });
      expect(preview.items.map((i) => (i.action === "update" ? i.possibleDuplicateOf : i.action))).toEqual([
        "Rosa Delgado (Northwind)",
        "Tom Okafor (Contoso)",
        "Priya Shah (Fabrikam)",
        "create",
      ]);
      const choices = ["create", "skip", undefined, "skip"] as const;
      const drafts = preview.items.map((i, n) => ({ ...i.draft, onDuplicate: choices[n] }));
      // Rosa added as a second person, Tom left as he was, Priya merged (the default), Ada new (her "skip"
      // is ignored: she is nobody's duplicate).
      expect(await mine.importDrafts({ drafts })).toEqual({ create: 2, update: 1, skip: 1 });
      const people = (await mine.list()).items;
      expect(people.map((p) => `${p.name}: ${p.role ?? "-"}`).sort()).toEqual([
        "Ada Lovelace: Engineer",
        "Priya Shah: VP Sales",
        "Rosa Delgado: -",
        "Rosa Delgado: Designer",
        "Tom Okafor: -",
      ]);
      expect(await mine.get({ contactId: rosa.id })).toMatchObject({
        contact: { role: null, linkedinUrl: null },
      });
      expect(await mine.get({ contactId: tom.id })).toMatchObject({
        contact: { role: null, linkedinUrl: null, notes: "Plays the cello." },
      });
    },
  );

  dbTest(
    "a tampered choice cannot double a sure match, reach someone else's people or half-write",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const mine = callerFor(db, f.employeeA).contacts;
      const theirs = callerFor(db, f.managerB).contacts;
      const colleague = callerFor(db, f.managerA).contacts;
      await mine.create({ name: "Ada Lovelace", email: "ada@example.org" });
      const other = await theirs.create({ name: "Rosa Delgado", company: "Northwind" });
      const sameOrg = await colleague.create({ name: "Rosa Delgado", company: "Northwind" });
      const base = {
        company: "Northwind",
        role: "Designer",
        phone: null,
        linkedinUrl: null,
        metOn: null,
        tags: [],
        notes: null,
      };
      // A "create" on a match by email updates the one Ada; ids of other people's contacts are ignored.
      const result = await mine.importDrafts({
        drafts: [
          { ...base, name: "Ada Lovelace", email: "ada@example.org", onDuplicate: "create" },
          {
            ...base,
            name: "Rosa Delgado",
            email: null,
            onDuplicate: "merge",
            contactId: other.id,
            mergeInto: sameOrg.id,
          } as never,
        ],
      });
      expect(result).toEqual({ create: 1, update: 1, skip: 0 });
      expect((await mine.list()).items.map((p) => p.name).sort()).toEqual(["Ada Lovelace", "Rosa Delgado"]);
      expect(await theirs.get({ contactId: other.id })).toMatchObject({ contact: { role: null } });
      expect(await colleague.get({ contactId: sameOrg.id })).toMatchObject({ contact: { role: null } });

      // An unknown choice is refused with a message, and nothing in the batch is written.
      await expect(
        mine.importDrafts({
          drafts: [
            { ...base, name: "Grace Hopper", email: null },
            { ...base, name: "Rosa Delgado", email: null, onDuplicate: "delete" as never },
          ],
        }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("merge, skip or create"),
      });
      expect((await mine.list()).total).toBe(2);
    },
  );
});
