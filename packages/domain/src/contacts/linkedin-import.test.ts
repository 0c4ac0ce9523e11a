import { describe, expect, it } from "vitest";
import { importLinkedInCsv } from ".";

// The export opens with a notes preamble (one quoted line here) and a blank line before the header.
const preamble =
  'Notes:\r\n"Some email addresses may be missing, depending on each member\'s privacy settings."\r\n\r\n';

describe("importLinkedInCsv", () => {
  it("reads the current export, skipping the preamble", () => {
    const text =
      preamble +
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n" +
      'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,Ada@Example.com,"Analytical Engines, Ltd",Mathematician,15 Mar 2024\r\n' +
      "Grace,Hopper,https://www.linkedin.com/in/grace-hopper/,,US Navy,Rear Admiral,02 Jan 2023\r\n";
    const { rows, problems } = importLinkedInCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 5,
        name: "Ada Lovelace",
        company: "Analytical Engines, Ltd",
        role: "Mathematician",
        email: "ada@example.com",
        phone: null,
        linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
        metOn: "2024-03-15",
        tags: [],
        notes: null,
      },
      {
        line: 6,
        name: "Grace Hopper",
        company: "US Navy",
        role: "Rear Admiral",
        email: null,
        phone: null,
        linkedinUrl: "https://www.linkedin.com/in/grace-hopper",
        metOn: "2023-01-02",
        tags: [],
        notes: null,
      },
    ]);
  });

  it("reads the older export without a URL column", () => {
    const text =
      "\uFEFFFirst Name,Last Name,Email Address,Company,Position,Connected On\n" +
      "Katherine,Johnson,kj@example.org,NASA,Research Mathematician,29 Feb 2020\n";
    const { rows, problems } = importLinkedInCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({
        line: 2,
        name: "Katherine Johnson",
        email: "kj@example.org",
        linkedinUrl: null,
        metOn: "2020-02-29",
      }),
    ]);
  });

  it("reports bad rows by line and still imports the rest", () => {
    const text =
      preamble +
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n" +
      ",,https://www.linkedin.com/in/someone,,,,01 Jan 2024\r\n" +
      "Alan,Turing,https://example.com/alan,alan@,Bletchley,,31 Feb 2024\r\n" +
      ",,,,,,\r\n" +
      "Mary,Somerville,,,,,10 Oct 2022\r\n";
    const { rows, problems } = importLinkedInCsv(text);
    expect(rows.map((r) => [r.line, r.name])).toEqual([
      [6, "Alan Turing"],
      [8, "Mary Somerville"],
    ]);
    expect(problems).toEqual([
      { line: 5, message: "This record has no name and no email, so it was skipped." },
      { line: 6, message: 'Email Address "alan@" is not a valid email address; it was left out.' },
      {
        line: 6,
        message:
          'URL "https://example.com/alan" is not a LinkedIn profile address (linkedin.com/in/…); it was left out.',
      },
      { line: 6, message: 'Connected On "31 Feb 2024" is not a date we can read; it was left out.' },
    ]);
  });

  it("counts lines correctly after a company name with a line break in it", () => {
    const text =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
      'Ada,Lovelace,,,"Engines\nand Looms",,15 Mar 2024\n' +
      "Bob,Smith,,,,,16 Mar 2024\n";
    const { rows } = importLinkedInCsv(text);
    expect(rows.map((r) => [r.line, r.company])).toEqual([
      [2, "Engines and Looms"],
      [4, null],
    ]);
  });

  it("says so when there is no LinkedIn header", () => {
    expect(importLinkedInCsv("Name,Email\nAda,ada@example.com\n")).toEqual({
      rows: [],
      problems: [{ line: 1, message: expect.stringMatching(/No LinkedIn header row/) }],
    });
  });
});
