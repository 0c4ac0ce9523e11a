// Contact files as people actually have them: LinkedIn re-saved by Excel, Outlook's export, honorifics,
// and our own exports coming back in.
import { describe, expect, it } from "vitest";
import {
  contactsToCsv,
  contactsToVCard,
  detectFormat,
  importContacts,
  importLinkedInCsv,
  importVCard,
  parseContactDate,
} from ".";
import type { ContactDraft } from "./draft";

describe("dates in every form Excel writes", () => {
  it.each([
    ["15-Jan-24", "2024-01-15"],
    ["7-Feb-22", "2022-02-07"],
    ["07-Feb-2022", "2022-02-07"],
    ["1/15/2024", "2024-01-15"],
    ["1/15/24", "2024-01-15"],
    ["2024-01-15", "2024-01-15"],
    ["2024/01/15", "2024-01-15"],
    ["Jan 15, 2024", "2024-01-15"],
    ["January 15, 2024", "2024-01-15"],
    ["15 Jan 2024", "2024-01-15"],
    ["2024-01-15 00:00:00", "2024-01-15"],
    ["1/15/2024 0:00", "2024-01-15"],
    ["45306", "2024-01-15"],
  ])("reads %s", (text, iso) => {
    expect(parseContactDate(text)).toBe(iso);
  });

  it("refuses what is not a real date", () => {
    for (const text of ["31-Feb-24", "13/13/2024", "0/1/2024", "hello", "12345678", "15-Foo-24"]) {
      expect(parseContactDate(text), text).toBeNull();
    }
  });

  it("reads a whole LinkedIn file's slashed dates day-first when one of them can only be day-first", () => {
    const csv = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Ada,Lovelace,,,,,03/04/2024",
      "Bob,Stone,,,,,25/12/2023",
    ].join("\n");
    expect(importLinkedInCsv(csv).rows.map((r) => r.metOn)).toEqual(["2024-04-03", "2023-12-25"]);
  });

  it("reads them month-first (Excel in the US) otherwise", () => {
    const csv = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Ada,Lovelace,,,,,03/04/2024",
      "Bob,Stone,,,,,12/25/2023",
    ].join("\n");
    expect(importLinkedInCsv(csv).rows.map((r) => r.metOn)).toEqual(["2024-03-04", "2023-12-25"]);
  });
});

const outlookCsv = [
  '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title","Business Street","Business City","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","Mobile Phone","Business Phone","Home Phone","Categories","Notes","Web Page"',
  '"Dr.","Rosa","M.","Delgado","PhD","Northwind","Sales","Head of Partnerships","1 Main St","Springfield","Rosa.Delgado@northwind.example","SMTP","Rosa Delgado (rosa.delgado@northwind.example)","","+1 555 0100","+1 555 0199","","Investors;Conference 2025","Met at the expo.","https://www.linkedin.com/in/rosadelgado/"',
  '"","Tom","","Okafor","","","","","","","","","","tom@okafor.example","","","020 7946 0000","","",""',
].join("\r\n");

describe("Outlook's contact CSV export", () => {
  it("is recognised and read", () => {
    expect(detectFormat("contacts.csv", outlookCsv)).toBe("outlook");
    const { format, rows, problems } = importContacts("contacts.csv", outlookCsv);
    expect(format).toBe("outlook");
    expect(problems).toEqual([]);
    expect(rows.map(({ line, ...r }) => r)).toEqual([
      {
        name: "Rosa M. Delgado PhD",
        company: "Northwind",
        role: "Head of Partnerships",
        email: "rosa.delgado@northwind.example",
        phone: "+1 555 0100",
        linkedinUrl: "https://www.linkedin.com/in/rosadelgado",
        metOn: null,
        tags: ["Investors", "Conference 2025"],
        notes: "Met at the expo.",
      },
      {
        name: "Tom Okafor",
        company: null,
        role: null,
        email: "tom@okafor.example",
        phone: "020 7946 0000",
        linkedinUrl: null,
        metOn: null,
        tags: [],
        notes: null,
      },
    ]);
  });
});

describe("vCard names with honorifics", () => {
  const john: ContactDraft = {
    name: "Mr. John Doe Sr.",
    company: null,
    role: null,
    email: null,
    phone: null,
    linkedinUrl: null,
    metOn: null,
    tags: [],
    notes: null,
  };

  it("writes prefix and suffix into their own N parts", () => {
    expect(contactsToVCard([john])).toContain("\r\nN:Doe;John;;Mr.;Sr.\r\n");
    expect(contactsToVCard([{ ...john, name: "Dr Ana María de la Cruz III" }])).toContain(
      "\r\nN:de la Cruz;Ana María;;Dr;III\r\n",
    );
    expect(contactsToVCard([{ ...john, name: "Cher" }])).toContain("\r\nN:;Cher;;;\r\n");
  });

  it("reads a card with only N, prefixes and suffixes included", () => {
    const card = ["BEGIN:VCARD", "VERSION:3.0", "N:Doe;John;Q.;Mr.;Sr.", "END:VCARD"].join("\r\n");
    expect(importVCard(card).rows[0]?.name).toBe("Mr. John Q. Doe Sr.");
  });
});

describe("our own exports come back in", () => {
  const contacts: ContactDraft[] = [
    {
      name: "Rosa Delgado",
      company: "Northwind, Inc.",
      role: "Head of Partnerships",
      email: "rosa@northwind.example",
      phone: "+1 555 0100",
      linkedinUrl: "https://www.linkedin.com/in/rosadelgado",
      metOn: "2024-01-15",
      tags: ["Investors", "Conference 2025"],
      notes: 'Said "call me in March".\nLikes climbing.',
    },
    {
      name: "=cmd|' /C calc'!A0",
      company: null,
      role: null,
      email: "x@example.com",
      phone: null,
      linkedinUrl: null,
      metOn: null,
      tags: [],
      notes: null,
    },
  ];

  it("our CSV is recognised and reads back the same contacts", () => {
    const csv = contactsToCsv(contacts);
    expect(detectFormat("rapport-contacts.csv", csv)).toBe("rapport");
    const { rows, problems } = importContacts("rapport-contacts.csv", csv);
    expect(problems).toEqual([]);
    expect(rows.map(({ line, ...r }) => r)).toEqual(contacts);
  });

  it("our vCard reads back the same contacts", () => {
    const { rows, problems } = importContacts("contacts.vcf", contactsToVCard(contacts));
    expect(problems).toEqual([]);
    expect(rows.map(({ line, ...r }) => r)).toEqual(contacts);
  });
});
