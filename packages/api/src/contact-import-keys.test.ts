// An import finds people by their normalised email, phone, name and company, and LinkedIn profile, however
// they were saved (typed in, quick-logged, merged, imported, edited, or saved before those keys were kept)
// and however the file spells them; the preview and an import sent in chunks agree.
import { randomUUID } from "node:crypto";
import { keyUnkeyedContacts, schema } from "@rapport/db";
import { dbTest, testDatabase } from "@rapport/db/testing";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

beforeAll(async () => {
  await testDatabase();
});

const card = (...lines: string[]) => ["BEGIN:VCARD", "VERSION:3.0", ...lines, "END:VCARD"].join("\r\n");

// Each card matches one saved person by one key only, spelt differently from how it was saved.
const file = [
  card("FN:Augusta King", "EMAIL: ADA.Byron@Example.test "),
  card("FN:jose  NUNEZ", "ORG:Harbour-Labs"),
  card("FN:Thomas O.", "TEL:020 7946 0000"),
  card("FN:Priya S.", "URL:http://uk.linkedin.com/in/PriyaShah/?trk=people"),
  card("FN:Rosa Delgado", "ORG:Northwind"),
  card("FN:Dr ROSA  Martín", "ORG:Northwind Inc."),
  card("FN:L. Novak", "EMAIL:lars.novak@example.test"),
].join("\r\n");

const outcome = (items: { action: string; matchedBy?: string; draft: { name: string } }[]) =>
  items.map((i) => `${i.draft.name}: ${i.action === "update" ? `update by ${i.matchedBy}` : i.action}`);

const expected = [
  "Augusta King: update by email",
  "jose NUNEZ: update by name",
  "Thomas O.: update by phone",
  "Priya S.: update by linkedinUrl",
  "Rosa Delgado: create",
  "Dr ROSA Martín: update by name",
  "L. Novak: update by email",
];

describe("an import matches people saved by every path", () => {
  dbTest("by each key, in the preview and in an import sent in chunks", async ({ db }) => {
    const f = await twoOrganisations(db);
    const mine = callerFor(db, f.employeeA).contacts;
    await mine.create({ name: "Ada Byron", company: "Analytical", email: "ada.byron@example.test" });
    // The quick log sends its own id.
    await mine.create({ name: "José Núñez", company: "Harbour Labs Ltd", clientId: randomUUID() });
    // Tom's phone is only on the record merged into his.
    const tom = await mine.create({ name: "Tom Okafor", company: "Contoso" });
    const tomsPhone = await mine.create({ name: "T. Okafor", phone: "+44 (0)20 7946 0000" });
    await mine.merge({ contactIds: [tom.id, tomsPhone.id] });
    // Priya came from an earlier import.
    await mine.importDrafts({
      drafts: [
        {
          name: "Priya Shah",
          company: null,
          role: null,
          email: null,
          phone: null,
          linkedinUrl: "https://www.linkedin.com/in/priyashah",
          metOn: null,
          tags: [],
          notes: null,
        },
      ],
    });
    // Rosa was renamed: her old name no longer finds her, the new one does.
    const rosa = await mine.create({ name: "Rosa Delgado", company: "Northwind" });
    await mine.update({ contactId: rosa.id, name: "Rosa Martin", company: "Northwind" });
    // Lars was saved before the keys were kept (as a row written by SQL is).
    await db.insert(schema.contacts).values({
      name: "Lars Novak",
      email: "Lars.Novak@Example.TEST",
      ownerId: f.employeeA.id,
      organisationId: f.orgA.id,
    });
    // Someone else's contacts are never matched, whatever they share.
    await callerFor(db, f.managerB).contacts.create({
      name: "Rosa Delgado",
      company: "Northwind",
      email: "ada.byron@example.test",
    });

    const preview = await mine.previewImport({ filename: "contacts.vcf", text: file });
    expect(outcome(preview.items)).toEqual(expected);

    // The page sends the rows in chunks; each chunk plans again against what is saved by then.
    const drafts = preview.items.map((i) => i.draft);
    const totals = { create: 0, update: 0, skip: 0 };
    for (const chunk of [drafts.slice(0, 3), drafts.slice(3, 5), drafts.slice(5)]) {
      const counts = await mine.importDrafts({ drafts: chunk });
      totals.create += counts.create;
      totals.update += counts.update;
      totals.skip += counts.skip;
    }
    expect(totals).toEqual(preview.counts);
    expect(totals).toEqual({ create: 1, update: 6, skip: 0 });
    expect((await mine.list()).items.map((c) => c.name).sort()).toEqual([
      "Augusta King",
      "Dr ROSA Martín",
      "L. Novak",
      "Priya S.",
      "Rosa Delgado",
      "Thomas O.",
      "jose NUNEZ",
    ]);

    // The same file again: everyone is found under the names and details the import just saved.
    const again = await mine.previewImport({ filename: "contacts.vcf", text: file });
    expect(again.counts).toEqual({ create: 0, update: 0, skip: 7 });
    expect(await mine.importDrafts({ drafts })).toEqual({ create: 0, update: 0, skip: 7 });
  });

  dbTest("contacts saved before the keys were kept are keyed at start and still found", async ({ db }) => {
    const f = await twoOrganisations(db);
    const mine = callerFor(db, f.employeeA).contacts;
    const [lars] = await db
      .insert(schema.contacts)
      .values({
        name: "Mr Lars Növak",
        company: "Cobalt GmbH",
        phone: "+46 8 123 456 78",
        linkedinUrl: "linkedin.com/in/LarsNovak/",
        ownerId: f.employeeA.id,
        organisationId: f.orgA.id,
      })
      .returning();
    if (!lars) throw new Error("contact");
    const cards = [
      card("FN:lars novak", "ORG:Cobalt"),
      card("FN:L N", "TEL:08-123 456 78"),
      card("FN:Lars", "URL:https://www.linkedin.com/in/larsnovak"),
    ].join("\r\n");
    const before = await mine.previewImport({ filename: "contacts.vcf", text: cards });

    expect(await keyUnkeyedContacts(db)).toBeGreaterThan(0);
    expect(await keyUnkeyedContacts(db)).toBe(0);
    const [keyed] = await db.select().from(schema.contacts).where(eq(schema.contacts.id, lars.id));
    expect(keyed).toMatchObject({
      nameKey: "lars novak|cobalt",
      phoneKey: "812345678",
      linkedinKey: "https://www.linkedin.com/in/larsnovak",
      emailKey: null,
    });
    const after = await mine.previewImport({ filename: "contacts.vcf", text: cards });
    expect(outcome(after.items)).toEqual(outcome(before.items));
    // All three rows are Lars: the first claims him, the other two say so.
    expect(after.items.map((i) => (i.action === "skip" ? i.contactId : i.action))).toEqual([
      "update",
      lars.id,
      lars.id,
    ]);
    expect(after.items[0]).toMatchObject({ matchedBy: "name", contactId: lars.id });
  });
});
