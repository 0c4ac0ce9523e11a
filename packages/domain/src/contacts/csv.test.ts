import { describe, expect, it } from "vitest";
import { parseCsv } from ".";

describe("parseCsv", () => {
  it("reads plain records with their line numbers", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual({
      records: [
        { line: 1, fields: ["a", "b", "c"] },
        { line: 2, fields: ["1", "2", "3"] },
      ],
      problems: [],
    });
  });
  it("handles CRLF, LF and a missing final line break alike", () => {
    const lf = parseCsv("a,b\n1,2").records;
    expect(parseCsv("a,b\r\n1,2\r\n").records).toEqual(lf);
    expect(parseCsv("a,b\r1,2\r").records).toEqual(lf);
  });
  it("drops a UTF-8 byte-order mark", () => {
    expect(parseCsv("\uFEFFFirst Name,Last Name\n").records[0]?.fields).toEqual(["First Name", "Last Name"]);
  });
  it("reads quoted fields with commas and doubled quotes", () => {
    expect(parseCsv('"Smith, Jones & Co","She said ""hi""",x\n').records[0]?.fields).toEqual([
      "Smith, Jones & Co",
      'She said "hi"',
      "x",
    ]);
  });
  it("keeps line breaks inside quotes and numbers records by the line they start on", () => {
    const { records } = parseCsv('name,notes\r\nAda,"line one\r\nline two\nline three"\r\nBob,x\r\n');
    expect(records).toEqual([
      { line: 1, fields: ["name", "notes"] },
      { line: 2, fields: ["Ada", "line one\nline two\nline three"] },
      { line: 5, fields: ["Bob", "x"] },
    ]);
  });
  it("keeps empty fields, including trailing ones and empty quoted ones", () => {
    expect(parseCsv('a,,""\n,\n').records).toEqual([
      { line: 1, fields: ["a", "", ""] },
      { line: 2, fields: ["", ""] },
    ]);
  });
  it("skips blank lines but still counts them", () => {
    expect(parseCsv("a\n\n\nb\n").records).toEqual([
      { line: 1, fields: ["a"] },
      { line: 4, fields: ["b"] },
    ]);
  });
  it("keeps quotes that appear mid-field and text after a closing quote", () => {
    expect(parseCsv('5" screen,"quoted"tail\n').records[0]?.fields).toEqual(['5" screen', "quotedtail"]);
  });
  it("reports a quote that is never closed, on the line it opened", () => {
    const { records, problems } = parseCsv('a,b\nc,"never closed\nmore\n');
    expect(records[1]).toEqual({ line: 2, fields: ["c", "never closed\nmore\n"] });
    expect(problems).toEqual([{ line: 2, message: expect.stringMatching(/never closed/) }]);
  });
  it("returns nothing for an empty file", () => {
    expect(parseCsv("")).toEqual({ records: [], problems: [] });
    expect(parseCsv("\uFEFF")).toEqual({ records: [], problems: [] });
  });
});
