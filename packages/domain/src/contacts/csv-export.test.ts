import { describe, expect, it } from "vitest";
import { type ContactDraft, contactsToCsv, csvCell, parseCsv } from ".";

const contact: ContactDraft = {
  name: "Ada Lovelace",
  company: 'Engines, "Analytical" Ltd',
  role: "Mathematician",
  email: "ada@engines.example",
  phone: "+44 20 7946 0958",
  linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
  metOn: "2024-03-15",
  tags: ["Mentors", "maths"],
  notes: "Line one\nLine two",
};

describe("csvCell", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("Ada Lovelace")).toBe("Ada Lovelace");
    expect(csvCell("")).toBe("");
  });
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
  });
  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    );
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("contactsToCsv", () => {
  it("writes a header and one CRLF row per contact, with a byte-order mark", () => {
    const csv = contactsToCsv([contact]);
    expect(csv).toBe(
      "\uFEFFName,Company,Role,Email,Phone,LinkedIn URL,Met on,Tags,Notes\r\n" +
        'Ada Lovelace,"Engines, ""Analytical"" Ltd",Mathematician,ada@engines.example,\'+44 20 7946 0958,' +
        'https://www.linkedin.com/in/ada-lovelace,2024-03-15,Mentors; maths,"Line one\nLine two"\r\n',
    );
  });
  it("can leave out the byte-order mark, and writes just the header when empty", () => {
    expect(contactsToCsv([], { byteOrderMark: false })).toBe(
      "Name,Company,Role,Email,Phone,LinkedIn URL,Met on,Tags,Notes\r\n",
    );
  });
  it("parses back into the same cells", () => {
    const evil = { ...contact, name: "=cmd|' /C calc'!A0", company: null, tags: [] };
    const { records } = parseCsv(contactsToCsv([contact, evil]));
    expect(records).toHaveLength(3);
    expect(records[1]?.fields[1]).toBe('Engines, "Analytical" Ltd');
    expect(records[1]?.fields[8]).toBe("Line one\nLine two");
    expect(records[2]?.fields[0]).toBe("'=cmd|' /C calc'!A0");
    expect(records[2]?.fields[1]).toBe("");
  });
});
