import { describe, expect, it } from "vitest";
import { type MyCard, myCardVCard, readScannedCode } from ".";

const everything: MyCard = {
  values: {
    name: "Zoë Ørsted-Nakamura",
    role: "Head of Research, Europe; Asia",
    company: "Łódź Labs\nLondon",
    email: "zoe@labs.example",
    phone: "+44 20 7946 0958",
    linkedinUrl: "http://uk.linkedin.com/in/Zoe-Orsted/?trk=card",
  },
  shown: ["name", "role", "company", "email", "phone", "linkedinUrl"],
};

// UTF-8 length, counted independently of the code under test: each %XX is one octet.
const octets = (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, "x").length;
const unfold = (vcf: string) => vcf.replace(/\r\n[ \t]/g, "");

describe("myCardVCard", () => {
  it("is a vCard 3.0 with CRLF line ends, every chosen field and the LinkedIn link made canonical", () => {
    const vcf = myCardVCard(everything);
    expect(vcf.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")).toBe(true);
    expect(vcf.endsWith("END:VCARD\r\n")).toBe(true);
    expect(vcf.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const lines = unfold(vcf).split("\r\n");
    expect(lines).toContain("FN:Zoë Ørsted-Nakamura");
    expect(lines).toContain("N:Ørsted-Nakamura;Zoë;;;");
    expect(lines).toContain("TITLE:Head of Research\\, Europe\\; Asia");
    expect(lines).toContain("ORG:Łódź Labs\\nLondon");
    expect(lines).toContain("EMAIL;TYPE=INTERNET:zoe@labs.example");
    expect(lines).toContain("TEL;TYPE=CELL:+44 20 7946 0958");
    expect(lines).toContain("URL:https://www.linkedin.com/in/zoe-orsted");
  });

  it("leaves out every field the person did not choose, even when it has a value", () => {
    const vcf = myCardVCard({ ...everything, shown: ["name", "email"] });
    expect(vcf).toContain("EMAIL;TYPE=INTERNET:zoe@labs.example");
    for (const absent of ["ORG", "TITLE", "TEL", "URL", "Łódź", "7946", "linkedin"])
      expect(vcf).not.toContain(absent);
  });

  it("writes nothing but a link to a LinkedIn profile in URL, whatever was typed", () => {
    const vcf = myCardVCard({
      ...everything,
      values: { ...everything.values, linkedinUrl: "javascript:alert(1)" },
    });
    expect(vcf).not.toMatch(/URL|javascript/);
  });

  it("keeps a newline typed into a value inside its line, so no property can be smuggled in", () => {
    const vcf = myCardVCard({
      ...everything,
      values: { ...everything.values, role: "Boss\r\nEMAIL:evil@example.test\nEND:VCARD" },
    });
    expect(
      unfold(vcf)
        .split("\r\n")
        .filter((l) => l.startsWith("EMAIL")),
    ).toHaveLength(1);
    expect(
      unfold(vcf)
        .split("\r\n")
        .filter((l) => l === "END:VCARD"),
    ).toHaveLength(1);
    expect(readScannedCode(vcf)?.role).toBe("Boss EMAIL:evil@example.test END:VCARD");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const long = "Ünïcödé 🎉 ".repeat(12).trim();
    const vcf = myCardVCard({ ...everything, values: { ...everything.values, company: long } });
    for (const line of vcf.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(vcf)).toContain(`ORG:${long}`);
  });
});

describe("readScannedCode", () => {
  it("reads back everything a card holds, escapes and unicode included (a line break in a value reads as a space)", () => {
    expect(readScannedCode(myCardVCard(everything))).toEqual({
      name: "Zoë Ørsted-Nakamura",
      role: "Head of Research, Europe; Asia",
      company: "Łódź Labs London",
      email: "zoe@labs.example",
      phone: "+44 20 7946 0958",
      linkedinUrl: "https://www.linkedin.com/in/zoe-orsted",
    });
  });

  it("reads a vCard 4.0 from another app, with folded lines and a name only in N", () => {
    const text = [
      "BEGIN:VCARD",
      "VERSION:4.0",
      "N:Okafor;Chidi;;Dr.;",
      "ORG:Acme\\, Inc.;Sales",
      "TITLE:Regional Director of Very Long Titles That Go On And On Past Seventy",
      "  Five Octets",
      "TEL;TYPE=work,voice;VALUE=uri:tel:+1-555-0100",
      "EMAIL;PREF=1:chidi@acme.example",
      "END:VCARD",
    ].join("\n");
    expect(readScannedCode(text)).toMatchObject({
      name: "Dr. Chidi Okafor",
      company: "Acme, Inc.",
      role: "Regional Director of Very Long Titles That Go On And On Past Seventy Five Octets",
      email: "chidi@acme.example",
    });
  });

  it("takes a LinkedIn profile link as that link, and turns away other codes", () => {
    expect(readScannedCode("https://www.linkedin.com/in/ada-lovelace/")).toEqual({
      linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
    });
    expect(readScannedCode("https://example.com/menu")).toBeNull();
    expect(readScannedCode("WIFI:T:WPA;S:guest;P:secret;;")).toBeNull();
    expect(readScannedCode("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD")).toBeNull();
  });
});
