// Finding the person already saved when a file does not carry their LinkedIn profile or email.
import { describe, expect, it } from "vitest";
import {
  type ContactDraft,
  contactsToCsv,
  contactsToVCard,
  type ExistingContact,
  importContacts,
  importLinkedInCsv,
  importVCard,
  planImport,
} from ".";

/** What the database would hold after creating the plan's new contacts. */
function saved(drafts: readonly ContactDraft[]): ExistingContact[] {
  return drafts.map((d, i) => ({ ...d, id: `c-${i}` }));
}

const android = [
  "BEGIN:VCARD",
  "VERSION:2.1",
  "N:Okafor;Tom;;;",
  "FN:Tom Okafor",
  "TEL;CELL:+44 20 7946 0000",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:2.1",
  "N:;Plumber;;;",
  "FN:Plumber",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:2.1",
  "FN:Mia Chen",
  "ORG:Harbour Labs",
  "TEL;WORK:020 7946 0111",
  "END:VCARD",
].join("\r\n");

describe("duplicates without LinkedIn or email", () => {
  it("an Android vCard imported twice adds nobody the second time", () => {
    const rows = importVCard(android).rows;
    expect(planImport(rows, []).counts).toEqual({ create: 3, update: 0, skip: 0 });
    expect(planImport(importVCard(android).rows, saved(rows)).counts).toEqual({
      create: 0,
      update: 0,
      skip: 3,
    });
  });

  it("matches a phone number written another way", () => {
    const existing = saved(importVCard(android).rows);
    const plan = planImport(
      importContacts(
        "contacts.csv",
        "First Name,Last Name,Mobile Phone,E-mail Address,Job Title\r\nThomas,Okafor,0044 (0)20 7946 0000,,Chef\r\n",
      ).rows,
      existing,
    );
    expect(plan.items[0]).toMatchObject({ action: "update", contactId: "c-0", matchedBy: "phone" });
  });

  it("marks a LinkedIn row with the name and company of a saved person as a possible duplicate to merge", () => {
    const rosa: ExistingContact = {
      id: "c-rosa",
      name: "Rosa Delgado",
      company: "Northwind Inc.",
      email: null,
      linkedinUrl: null,
      notes: "Met at the expo.",
    };
    const linkedin = [
      "Notes:",
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      "",
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Rosa,Delgado,https://www.linkedin.com/in/rosadelgado,,Northwind,Head of Partnerships,15 Jan 2024",
      "Rosa,Delgado,https://www.linkedin.com/in/rosa-delgado-2,,Contoso,Engineer,16 Jan 2024",
    ].join("\n");
    const plan = planImport(importLinkedInCsv(linkedin).rows, [rosa]);
    expect(plan.items[0]).toMatchObject({
      action: "update",
      contactId: "c-rosa",
      matchedBy: "name",
      possibleDuplicateOf: "Rosa Delgado (Northwind Inc.)",
    });
    // Same name, another company: another person.
    expect(plan.items[1]?.action).toBe("create");
  });

  it("our own CSV and vCard exports re-import as unchanged", () => {
    const people: ContactDraft[] = [
      ...importVCard(android).rows.map(({ line, ...d }) => d),
      {
        name: "Mr. John Doe Sr.",
        company: "Doe & Sons",
        role: "Founder",
        email: null,
        phone: null,
        linkedinUrl: null,
        metOn: "2023-05-01",
        tags: ["Family business"],
        notes: "Two lines\nof notes",
      },
    ];
    const existing = saved(people);
    for (const [name, text] of [
      ["contacts.csv", contactsToCsv(people)],
      ["contacts.vcf", contactsToVCard(people)],
    ] as const) {
      const { rows, problems } = importContacts(name, text);
      expect(problems, name).toEqual([]);
      expect(planImport(rows, existing).counts, name).toEqual({ create: 0, update: 0, skip: people.length });
    }
  });

  describe("the person's choice for a possible duplicate", () => {
    const saved: ExistingContact[] = [
      { id: "c-rosa", name: "Rosa Delgado", company: "Northwind", email: null, linkedinUrl: null },
      {
        id: "c-tom",
        name: "Tom Okafor",
        company: null,
        phone: "+44 20 7946 0000",
        email: null,
        linkedinUrl: null,
      },
      { id: "c-ada", name: "Ada Lovelace", company: null, email: "ada@example.org", linkedinUrl: null },
    ];
    const draft = (fields: Partial<ContactDraft>): ContactDraft => ({
      name: "",
      company: null,
      role: null,
      email: null,
      phone: null,
      linkedinUrl: null,
      metOn: null,
      tags: [],
      notes: null,
      ...fields,
    });
    const rosa = draft({ name: "Rosa Delgado", company: "Northwind", role: "Head of Partnerships" });
    const tom = draft({ name: "Tom O.", phone: "020 7946 0000", role: "Plumber" });
    const ada = draft({ name: "Ada King", email: "ADA@example.org" });

    it("merges by default, and leaves out or adds a new person when asked", () => {
      expect(planImport([rosa, tom], saved).items.map((i) => i.action)).toEqual(["update", "update"]);
      expect(planImport([rosa, tom], saved).items[1]).toMatchObject({
        possibleDuplicateOf: "Tom Okafor",
        matchedBy: "phone",
      });
      const chosen = planImport(
        [
          { ...rosa, onDuplicate: "create" },
          { ...tom, onDuplicate: "skip" },
        ],
        saved,
      );
      expect(chosen.items.map((i) => i.action)).toEqual(["create", "skip"]);
      expect(chosen.counts).toEqual({ create: 1, update: 0, skip: 1 });
      expect(chosen.items[1]).toMatchObject({ reason: expect.stringContaining("You chose to leave it out") });
      expect(planImport([{ ...rosa, onDuplicate: "merge" }], saved).items[0]?.action).toBe("update");
    });

    it("ignores a choice on a row that is not a possible duplicate", () => {
      const plan = planImport(
        [
          { ...ada, onDuplicate: "create" },
          { ...draft({ name: "Grace Hopper" }), onDuplicate: "skip" },
        ],
        saved,
      );
      // A match by email is the same person: it is updated, never doubled; a new person is still added.
      expect(plan.items.map((i) => i.action)).toEqual(["update", "create"]);
    });
  });
});
