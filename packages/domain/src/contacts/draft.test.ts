import { describe, expect, it } from "vitest";
import {
  buildDraft,
  collapseSpaces,
  isEmailShape,
  isPhoneShape,
  normaliseEmail,
  normaliseNotes,
  normaliseTags,
  parseContactDate,
} from ".";

describe("cleaning values", () => {
  it("trims and collapses spaces", () => {
    expect(collapseSpaces("  Ada \t  Lovelace\n ")).toBe("Ada Lovelace");
    expect(collapseSpaces(null)).toBe("");
  });
  it("keeps line breaks in notes but tidies spaces and blank runs", () => {
    expect(normaliseNotes("  first   line \r\n\r\n\r\n\r\n  second\tline  ")).toBe(
      "first line\n\nsecond line",
    );
  });
  it("lower-cases emails and drops mailto:", () => {
    expect(normaliseEmail(" Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
    expect(normaliseEmail("mailto:bob@example.org")).toBe("bob@example.org");
    expect(normaliseEmail("not an email")).toBeNull();
  });
  it("accepts ordinary addresses and rejects malformed ones", () => {
    expect(isEmailShape("first.last+tag@sub.example.co.uk")).toBe(true);
    for (const bad of [
      "ada@",
      "@example.com",
      "ada@example",
      "a b@example.com",
      "a@@b.com",
      ".a@b.com",
      "a..b@c.com",
    ]) {
      expect(isEmailShape(bad), bad).toBe(false);
    }
  });
  it("accepts common phone spellings", () => {
    for (const ok of ["+44 20 7946 0958", "(555) 010-4477", "555.010.4477 ext. 12", "020/7946-0958"]) {
      expect(isPhoneShape(ok), ok).toBe(true);
    }
    for (const bad of ["call me", "12", "+44 20 7946 0958 or mobile"])
      expect(isPhoneShape(bad), bad).toBe(false);
  });
  it("reads LinkedIn and ISO dates, rejecting impossible ones", () => {
    expect(parseContactDate("15 Mar 2024")).toBe("2024-03-15");
    expect(parseContactDate("3 September 2023")).toBe("2023-09-03");
    expect(parseContactDate("03 Sept 2023")).toBe("2023-09-03");
    expect(parseContactDate("29 Feb 2024")).toBe("2024-02-29");
    expect(parseContactDate("2024-03-15")).toBe("2024-03-15");
    expect(parseContactDate("29 Feb 2023")).toBeNull();
    expect(parseContactDate("15 Marx 2024")).toBeNull();
    expect(parseContactDate("03/15/2024")).toBe("2024-03-15");
  });
  it("dedupes tags ignoring case, keeping the first spelling", () => {
    expect(normaliseTags([" Design  Systems", "design systems", "", "Mentor"])).toEqual([
      "Design Systems",
      "Mentor",
    ]);
  });
});

describe("buildDraft", () => {
  it("builds a clean draft", () => {
    const { draft, problems } = buildDraft(
      {
        name: "  Ada   Lovelace ",
        company: "Analytical Engines, Ltd",
        email: "ADA@Example.com",
        linkedinUrl: "linkedin.com/in/ada-lovelace/",
        metOn: "15 Mar 2024",
        tags: ["maths", "Maths"],
      },
      7,
    );
    expect(problems).toEqual([]);
    expect(draft).toEqual({
      line: 7,
      name: "Ada Lovelace",
      company: "Analytical Engines, Ltd",
      role: null,
      email: "ada@example.com",
      phone: null,
      linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
      metOn: "2024-03-15",
      tags: ["maths"],
      notes: null,
    });
  });
  it("names a contact by email when there is no name", () => {
    const { draft } = buildDraft({ name: " ", email: "Bob@Example.com" }, 3);
    expect(draft?.name).toBe("bob@example.com");
  });
  it("skips a record with neither name nor email", () => {
    expect(buildDraft({ company: "Acme" }, 4)).toEqual({
      draft: null,
      problems: [{ line: 4, message: "This record has no name and no email, so it was skipped." }],
    });
    expect(buildDraft({ email: "nope" }, 5).problems[0]?.message).toBe(
      "This record has no name, and its email is not valid, so it was skipped.",
    );
  });
  it("leaves out a bad value with a message naming the field as the file does", () => {
    const { draft, problems } = buildDraft(
      {
        name: "Ada",
        email: "ada@",
        phone: "ring me",
        linkedinUrl: "https://example.com/ada",
        metOn: "someday",
      },
      9,
      { email: "Email Address", linkedinUrl: "URL", metOn: "Connected On" },
    );
    expect(draft).toMatchObject({ name: "Ada", email: null, phone: null, linkedinUrl: null, metOn: null });
    expect(problems).toEqual([
      { line: 9, message: 'Email Address "ada@" is not a valid email address; it was left out.' },
      { line: 9, message: 'Phone "ring me" does not look like a phone number; it was left out.' },
      {
        line: 9,
        message:
          'URL "https://example.com/ada" is not a LinkedIn profile address (linkedin.com/in/…); it was left out.',
      },
      { line: 9, message: 'Connected On "someday" is not a date we can read; it was left out.' },
    ]);
  });
  it("shortens over-long text and drops over-long tags, saying so", () => {
    const { draft, problems } = buildDraft(
      { name: "A".repeat(250), tags: ["ok", "x".repeat(60)], notes: "n".repeat(6000) },
      2,
    );
    expect(draft?.name).toHaveLength(200);
    expect(draft?.tags).toEqual(["ok"]);
    expect(draft?.notes).toHaveLength(5000);
    expect(problems.map((p) => p.message)).toEqual([
      "Name is longer than 200 characters, so it was shortened.",
      'Tags "xxxxxxxxxxxxxxxxxxxx…" is longer than 50 characters; it was left out.',
      "Notes is longer than 5000 characters, so it was shortened.",
    ]);
  });
  it("strips tel: from phone numbers", () => {
    expect(buildDraft({ name: "Ada", phone: "tel:+1-555-010-4477" }, 1).draft?.phone).toBe("+1-555-010-4477");
  });
});
