import { describe, expect, it } from "vitest";
import { importGoogleCsv } from ".";

const modernHeader =
  "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix," +
  "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes," +
  "Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label," +
  "Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Website 1 - Label,Website 1 - Value,Website 2 - Label,Website 2 - Value";

const legacyHeader =
  "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi," +
  "Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information," +
  "Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership," +
  "E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value," +
  "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title," +
  "Website 1 - Type,Website 1 - Value";

/** A row for `header` with the named columns set and all others empty. */
function row(header: string, values: Record<string, string>): string {
  return header
    .split(",")
    .map((name) => {
      const v = values[name] ?? "";
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(",");
}

describe("importGoogleCsv: current export", () => {
  it("reads names, first email and phone, organisation, labels and a LinkedIn website", () => {
    const text = [
      modernHeader,
      row(modernHeader, {
        "First Name": "Ada",
        "Middle Name": "King",
        "Last Name": "Lovelace",
        "Organization Name": "Analytical Engines, Ltd",
        "Organization Title": "Mathematician",
        Notes: "Met at the\nRoyal Society",
        Labels: "* myContacts ::: * starred ::: Mentors ::: maths",
        "E-mail 1 - Label": "* Work",
        "E-mail 1 - Value": "Ada@Engines.example ::: ada.home@example.com",
        "E-mail 2 - Value": "third@example.com",
        "Phone 1 - Value": "+44 20 7946 0958 ::: +44 7700 900123",
        "Website 1 - Value": "https://ada.example.com",
        "Website 2 - Value": "http://uk.linkedin.com/in/ada-lovelace/",
      }),
    ].join("\r\n");
    const { rows, problems } = importGoogleCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        name: "Ada King Lovelace",
        company: "Analytical Engines, Ltd",
        role: "Mathematician",
        email: "ada@engines.example",
        phone: "+44 20 7946 0958",
        linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
        metOn: null,
        tags: ["starred", "Mentors", "maths"],
        notes: "Met at the\nRoyal Society",
      },
    ]);
  });

  it("takes a later email column when the first is empty", () => {
    const text = `${modernHeader}\n${row(modernHeader, { "First Name": "Bob", "E-mail 2 - Value": "bob@example.com" })}\n`;
    expect(importGoogleCsv(text).rows[0]?.email).toBe("bob@example.com");
  });

  it("reports bad values and nameless rows by line", () => {
    const text = [
      modernHeader,
      row(modernHeader, { "Organization Name": "Nobody Inc" }),
      row(modernHeader, {
        "First Name": "Carol",
        "E-mail 1 - Value": "carol at example",
        "Phone 1 - Value": "n/a",
      }),
      row(modernHeader, { "E-mail 1 - Value": "dan@example.com" }),
    ].join("\n");
    const { rows, problems } = importGoogleCsv(text);
    expect(rows.map((r) => [r.line, r.name, r.email])).toEqual([
      [3, "Carol", null],
      [4, "dan@example.com", "dan@example.com"],
    ]);
    expect(problems).toEqual([
      { line: 2, message: "This record has no name and no email, so it was skipped." },
      {
        line: 3,
        message: 'E-mail 1 - Value "carol at example" is not a valid email address; it was left out.',
      },
      { line: 3, message: 'Phone 1 - Value "n/a" does not look like a phone number; it was left out.' },
    ]);
  });
});

describe("importGoogleCsv: older export", () => {
  it("reads the Name column, Group Membership and Organization 1 columns", () => {
    const text = [
      legacyHeader,
      row(legacyHeader, {
        Name: "Grace Hopper",
        "Given Name": "Grace",
        "Family Name": "Hopper",
        "Group Membership": "* myContacts ::: Navy",
        "E-mail 1 - Value": "grace@navy.example",
        "Phone 1 - Value": "(555) 010-4477",
        "Organization 1 - Name": "US Navy",
        "Organization 1 - Title": "Rear Admiral",
      }),
      row(legacyHeader, { "Given Name": "Alan", "Family Name": "Turing" }),
    ].join("\n");
    const { rows, problems } = importGoogleCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        name: "Grace Hopper",
        company: "US Navy",
        role: "Rear Admiral",
        email: "grace@navy.example",
        phone: "(555) 010-4477",
        linkedinUrl: null,
        metOn: null,
        tags: ["Navy"],
        notes: null,
      },
      expect.objectContaining({ line: 3, name: "Alan Turing", tags: [] }),
    ]);
  });

  it("says so when the header is not Google's", () => {
    expect(importGoogleCsv("foo,bar\n1,2\n").problems).toEqual([
      { line: 1, message: expect.stringMatching(/No Google Contacts header row/) },
    ]);
  });
});
