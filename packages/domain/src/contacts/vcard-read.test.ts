import { describe, expect, it } from "vitest";
import { importVCard } from ".";

const crlf = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

describe("importVCard", () => {
  it("reads a vCard 3.0 card from Apple Contacts", () => {
    const text = crlf(
      "BEGIN:VCARD",
      "VERSION:3.0",
      "N:Lovelace;Ada;King;Lady;",
      "FN:Ada Lovelace",
      "ORG:Analytical Engines\\, Ltd;Research",
      "TITLE:Mathematician",
      "EMAIL;type=INTERNET;type=HOME:ada.home@example.com",
      "EMAIL;type=INTERNET;type=WORK;type=pref:Ada@Engines.example",
      "TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123",
      "TEL;type=WORK:+44 20 7946 0958",
      "item1.URL;type=pref:https\\://ada.example.com",
      "item1.X-ABLabel:_$!<HomePage>!$_",
      "item2.URL:https\\://www.linkedin.com/in/Ada-Lovelace/",
      "item2.X-ABLabel:LinkedIn",
      "CATEGORIES:Mentors,maths\\, logic",
      "NOTE:Met at the Royal Society.\\nTalked about looms\\; follow up.",
      "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
      "END:VCARD",
    );
    const { rows, problems } = importVCard(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 1,
        name: "Ada Lovelace",
        company: "Analytical Engines, Ltd",
        role: "Mathematician",
        email: "ada@engines.example",
        phone: "+44 7700 900123",
        linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
        metOn: null,
        tags: ["Mentors", "maths, logic"],
        notes: "Met at the Royal Society.\nTalked about looms; follow up.",
      },
    ]);
  });

  it("reads several vCard 4.0 cards with folded lines, PREF and tel: URIs", () => {
    const text = crlf(
      "BEGIN:VCARD",
      "VERSION:4.0",
      "FN:Grace Brewster Murray Hop",
      " per",
      "EMAIL;TYPE=work;PREF=2:grace@work.example",
      "EMAIL;PREF=1:grace@home.example",
      'TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-010-4477',
      "NOTE:A long note that was folded across",
      "\t several lines.",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:4.0",
      "N:Turing;Alan;Mathison;;",
      "EMAIL:alan@example.org",
      "END:VCARD",
    );
    const { rows, problems } = importVCard(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({
        line: 1,
        name: "Grace Brewster Murray Hopper",
        email: "grace@home.example",
        phone: "+1-555-010-4477",
        notes: "A long note that was folded across several lines.",
      }),
      expect.objectContaining({ line: 11, name: "Alan Mathison Turing", email: "alan@example.org" }),
    ]);
  });

  it("reads LF-only files, lower-case property names and a byte-order mark", () => {
    const text = "\uFEFFbegin:vcard\nversion:3.0\nfn:Mary Somerville\ntitle:Polymath\nend:vcard\n";
    expect(importVCard(text).rows).toEqual([
      expect.objectContaining({ name: "Mary Somerville", role: "Polymath" }),
    ]);
  });

  it("decodes vCard 2.1 quoted-printable values, ignoring CHARSET", () => {
    const text = crlf(
      "BEGIN:VCARD",
      "VERSION:2.1",
      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Garc=C3=ADa;Jos=C3=A9;;;",
      "ORG;CHARSET=UTF-8:Caf=C3=A9 literal",
      "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0A=",
      "second line =3D equal",
      "TEL;WORK;VOICE:+34 910 000 000",
      "END:VCARD",
    );
    const { rows, problems } = importVCard(text);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      name: "José García",
      company: "Caf=C3=A9 literal",
      notes: "First line\nsecond line = equal",
      phone: "+34 910 000 000",
    });
  });

  it("reads our own met-on date and a LinkedIn social profile", () => {
    const text = crlf(
      "BEGIN:VCARD",
      "VERSION:4.0",
      "FN:Ada",
      "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/ada-l",
      "X-RAPPORT-MET-ON:2024-02-29",
      "END:VCARD",
    );
    expect(importVCard(text).rows[0]).toMatchObject({
      linkedinUrl: "https://www.linkedin.com/in/ada-l",
      metOn: "2024-02-29",
    });
  });

  it("ignores websites that are not LinkedIn, but reports a LinkedIn-labelled link that is not a profile", () => {
    const text = crlf(
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Ada",
      "URL:https://ada.example.com",
      "item1.URL:https://www.linkedin.com/company/engines",
      "item1.X-ABLabel:LinkedIn",
      "END:VCARD",
    );
    const { rows, problems } = importVCard(text);
    expect(rows[0]?.linkedinUrl).toBeNull();
    expect(problems).toEqual([
      {
        line: 1,
        message:
          'URL "https://www.linkedin.com/company/engines" is not a LinkedIn profile address (linkedin.com/in/…); it was left out.',
      },
    ]);
  });

  it("reports a nameless card by its BEGIN line and imports the others", () => {
    const text = crlf(
      "BEGIN:VCARD",
      "VERSION:3.0",
      "ORG:Nobody Inc",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Somebody",
      "EMAIL:not-an-email",
      "END:VCARD",
    );
    const { rows, problems } = importVCard(text);
    expect(rows.map((r) => [r.line, r.name, r.email])).toEqual([[5, "Somebody", null]]);
    expect(problems).toEqual([
      { line: 1, message: "This record has no name and no email, so it was skipped." },
      { line: 5, message: 'EMAIL "not-an-email" is not a valid email address; it was left out.' },
    ]);
  });

  it("reports a card without END:VCARD but keeps what it read", () => {
    const text = crlf(
      "BEGIN:VCARD",
      "FN:First",
      "BEGIN:VCARD",
      "FN:Second",
      "END:VCARD",
      "BEGIN:VCARD",
      "FN:Third",
    );
    const { rows, problems } = importVCard(text);
    expect(rows.map((r) => [r.line, r.name])).toEqual([
      [1, "First"],
      [3, "Second"],
      [6, "Third"],
    ]);
    expect(problems.map((p) => p.line)).toEqual([1, 6]);
    expect(problems[0]?.message).toMatch(/no END:VCARD/);
  });

  it("says so when there are no cards at all", () => {
    expect(importVCard("hello\n")).toEqual({
      rows: [],
      problems: [{ line: 1, message: expect.stringMatching(/No contact cards/) }],
    });
  });
});
