import { describe, expect, it } from "vitest";
import { buildComponents, parseContentLine, unescapeText, unfoldLines } from "./content-lines";
import { utf8Decode, utf8Encode, utf8Length } from "./utf8";

describe("unfoldLines", () => {
  it("joins continuation lines (space or tab) and remembers where each line started", () => {
    expect(unfoldLines("A:1\r\nB:2\r\n  x\r\n\ty\nC:3\rD:4\n\nE:5")).toEqual([
      { text: "A:1", line: 1 },
      { text: "B:2 xy", line: 2 },
      { text: "C:3", line: 5 },
      { text: "D:4", line: 6 },
      { text: "E:5", line: 8 },
    ]);
  });

  it("unfolds bytes before decoding, so a fold inside a character is harmless", () => {
    const bytes = utf8Encode("SUMMARY:Caf\u00e9 \u{1F600}");
    const euro = bytes.indexOf(0xc3);
    const emoji = bytes.indexOf(0xf0);
    const folded = new Uint8Array([
      ...bytes.subarray(0, euro + 1),
      0x0a,
      0x20,
      ...bytes.subarray(euro + 1, emoji + 2),
      0x0d,
      0x0a,
      0x09,
      ...bytes.subarray(emoji + 2),
    ]);
    expect(unfoldLines(folded)).toEqual([{ text: "SUMMARY:Caf\u00e9 \u{1F600}", line: 1 }]);
  });
});

describe("parseContentLine", () => {
  const parse = (text: string) => parseContentLine({ text, line: 7 });

  it("reads name, parameters and value", () => {
    const prop = parse('dtstart;TZID="W. Europe Standard Time";x-a=1,"b:c",d:20240612T180000');
    expect(prop?.name).toBe("DTSTART");
    expect(prop?.line).toBe(7);
    expect(prop?.value).toBe("20240612T180000");
    expect(Object.fromEntries(prop?.params ?? [])).toEqual({
      TZID: ["W. Europe Standard Time"],
      "X-A": ["1", "b:c", "d"],
    });
  });

  it("keeps colons in the value and decodes RFC 6868 carets in parameters", () => {
    const prop = parse("ATTENDEE;CN=\"Sam ^'Ace^' ^^ Co\";X-NOTE=a^nb:mailto:sam@example.com");
    expect(prop?.value).toBe("mailto:sam@example.com");
    expect(prop?.params.get("CN")).toEqual(['Sam "Ace" ^ Co']);
    expect(prop?.params.get("X-NOTE")).toEqual(["a\nb"]);
  });

  it.each(["no colon here", ":novalue", 'X;P="unterminated:v', "X;=v:1", "X;P:1"])("rejects %j", (text) => {
    expect(parse(text)).toBeNull();
  });
});

describe("unescapeText", () => {
  it("steps over an empty parameter (DTSTART;;VALUE=…) as python-icalendar's broken_ical.ics has", () => {
    const prop = parseContentLine({ text: "DTSTART;;VALUE=DATE-TIME:20140409T093000", line: 4 });
    expect(prop?.params.get("VALUE")).toEqual(["DATE-TIME"]);
    expect(prop?.value).toBe("20140409T093000");
  });

  it("undoes TEXT escaping", () => {
    expect(unescapeText("a\\,b\\;c\\\\d\\ne\\Nf")).toBe("a,b;c\\d\ne\nf");
    expect(unescapeText("C:\\\\path\\\\to")).toBe("C:\\path\\to");
  });
});

describe("buildComponents", () => {
  it("nests components and recovers from a missing END", () => {
    const lines = unfoldLines(
      ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "BEGIN:VALARM", "END:VEVENT", "END:VTODO", "END:VCALENDAR"].join(
        "\n",
      ),
    );
    const { roots, problems } = buildComponents(lines);
    expect(roots.map((r) => [r.name, r.children.map((c) => c.name)])).toEqual([["VCALENDAR", ["VEVENT"]]]);
    expect(problems).toEqual([
      { line: 3, message: "VALARM is never closed" },
      { line: 5, message: "END:VTODO without a matching BEGIN" },
    ]);
  });
});

describe("utf8", () => {
  it("encodes and decodes every plane", () => {
    const text = "aé€😀";
    expect([...utf8Encode(text)]).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect(utf8Decode(utf8Encode(text))).toBe(text);
    expect(utf8Length(text)).toBe(10);
  });

  it("replaces invalid and truncated sequences", () => {
    expect(utf8Decode(new Uint8Array([0x61, 0xff, 0x62, 0xc3]))).toBe("a\uFFFDb\uFFFD");
    expect(utf8Decode(new Uint8Array([0xc0, 0xaf]))).toBe("\uFFFD\uFFFD");
  });
});
