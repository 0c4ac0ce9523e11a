import { describe, expect, it } from "vitest";
import { detectFormat, importContacts } from ".";

const linkedin =
  'Notes:\n"Some emails may be missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
  "Ada,Lovelace,,,,,15 Mar 2024\n";
const google =
  "First Name,Middle Name,Last Name,Organization Name,E-mail 1 - Value\nAda,,Lovelace,,ada@example.com\n";
const googleLegacy =
  "Name,Given Name,Family Name,Group Membership,E-mail 1 - Value\nAda Lovelace,Ada,Lovelace,,\n";
const vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n";

describe("detectFormat", () => {
  it("recognises each format by its content", () => {
    expect(detectFormat("Connections.csv", linkedin)).toBe("linkedin");
    expect(detectFormat("contacts.csv", google)).toBe("google");
    expect(detectFormat("contacts.csv", googleLegacy)).toBe("google");
    expect(detectFormat("contacts.vcf", vcard)).toBe("vcard");
  });
  it("trusts content over a misleading file name", () => {
    expect(detectFormat("renamed.txt", `\uFEFF${vcard}`)).toBe("vcard");
    expect(detectFormat("Connections.csv", google)).toBe("google");
    expect(detectFormat("export.vcf", linkedin)).toBe("linkedin");
  });
  it("falls back to the file name when the content says nothing", () => {
    expect(detectFormat("ADA.VCF", "\n\nVERSION:3.0")).toBe("vcard");
    expect(detectFormat("Connections.csv", "")).toBe("linkedin");
    expect(detectFormat("notes.txt", "just some text")).toBe("unknown");
  });
});

describe("importContacts", () => {
  it("imports with the detected reader", () => {
    expect(importContacts("Connections.csv", linkedin)).toMatchObject({
      format: "linkedin",
      rows: [{ name: "Ada Lovelace", metOn: "2024-03-15", line: 5 }],
      problems: [],
    });
    expect(importContacts("a.vcf", vcard)).toMatchObject({
      format: "vcard",
      rows: [{ name: "Ada Lovelace" }],
    });
    expect(importContacts("a.csv", google)).toMatchObject({
      format: "google",
      rows: [{ email: "ada@example.com" }],
    });
  });
  it("explains what it can read when the format is unknown", () => {
    expect(importContacts("notes.txt", "hello")).toEqual({
      format: "unknown",
      rows: [],
      problems: [{ line: 1, message: expect.stringMatching(/Connections\.csv.*Google Contacts.*vCard/) }],
    });
  });
});
