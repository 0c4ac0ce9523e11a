import { describe, expect, it } from "vitest";
import { type ContactDraft, contactsToVCard, importVCard } from ".";

const ada: ContactDraft = {
  name: "Ada Lovelace",
  company: "Analytical Engines, Ltd; Research",
  role: "Mathematician \\ Poet",
  email: "ada@engines.example",
  phone: "+44 20 7946 0958",
  linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
  metOn: "2024-02-29",
  tags: ["Mentors", "maths, logic", "a;b"],
  notes:
    "Met at the Royal Society.\nTalked about looms; follow up, soon.\n\nLong: " +
    "ünïcödé ✓ 🎉 ".repeat(20).trim(),
};
const minimal: ContactDraft = {
  name: "Zoë",
  company: null,
  role: null,
  email: null,
  phone: null,
  linkedinUrl: null,
  metOn: null,
  tags: [],
  notes: null,
};

// UTF-8 length, counted independently of the code under test: each %XX is one octet.
const octets = (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, "x").length;

describe("contactsToVCard", () => {
  it("writes a stored link only as an https LinkedIn profile, never another scheme", () => {
    const vcf = contactsToVCard([
      { ...minimal, linkedinUrl: "javascript:alert(1)" },
      { ...minimal, linkedinUrl: "http://uk.linkedin.com/in/Zoe-X/?trk=1" },
    ]);
    expect(vcf).not.toMatch(/javascript/);
    expect(vcf.match(/^URL:.*$/gm)).toEqual(["URL:https://www.linkedin.com/in/zoe-x"]);
  });

  it("writes vCard 4.0 with CRLF line ends and escaped text", () => {
    const vcf = contactsToVCard([
      minimal,
      { ...minimal, name: "Alan Mathison Turing", company: "Bletchley, Park" },
    ]);
    expect(vcf).toBe(
      [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Zoë",
        "N:;Zoë;;;",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Alan Mathison Turing",
        "N:Turing;Alan Mathison;;;",
        "ORG:Bletchley\\, Park",
        "END:VCARD",
        "",
      ].join("\r\n"),
    );
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const vcf = contactsToVCard([ada]);
    const lines = vcf.split("\r\n");
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/);
    }
    expect(vcf).not.toMatch(/[^\r]\n/);
  });

  it("is read back by our importer as the same drafts", () => {
    const drafts = [
      ada,
      minimal,
      { ...minimal, name: "Grace Hopper", email: "grace@navy.example", tags: ["Navy"] },
    ];
    const { rows, problems } = importVCard(contactsToVCard(drafts));
    expect(problems).toEqual([]);
    expect(rows.map(({ line: _line, ...draft }) => draft)).toEqual(drafts);
    expect(rows.map((r) => r.line)).toEqual([1, expect.any(Number), expect.any(Number)]);
  });

  it("writes nothing for no contacts", () => {
    expect(contactsToVCard([])).toBe("");
  });
});
