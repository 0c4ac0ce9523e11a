// npx tsx bench/csv-parsers.ts — our contact CSV reader against csv-parse (the maintained parser the
// issue proposed), on the awkward inputs real contact exports contain. The expected answer for each case is
// what Excel and Google Sheets show when they open the file, worked out by hand.
import { parse } from "csv-parse/sync";
import { parseCsv } from "../packages/domain/src/contacts/csv";

interface Case {
  name: string;
  text: string;
  /** Records as [start line, fields]. */
  expected: [number, string[]][];
}

const cases: Case[] = [
  {
    name: "plain LF",
    text: "a,b\n1,2\n",
    expected: [
      [1, ["a", "b"]],
      [2, ["1", "2"]],
    ],
  },
  {
    name: "CR only (old Mac Excel)",
    text: "a,b\r1,2\r",
    expected: [
      [1, ["a", "b"]],
      [2, ["1", "2"]],
    ],
  },
  { name: "byte-order mark", text: "\uFEFFFirst Name,Last\n", expected: [[1, ["First Name", "Last"]]] },
  {
    name: "line breaks inside quotes, record start lines",
    text: 'name,notes\r\nAda,"one\r\ntwo\nthree"\r\nBob,x\r\n',
    expected: [
      [1, ["name", "notes"]],
      [2, ["Ada", "one\ntwo\nthree"]],
      [5, ["Bob", "x"]],
    ],
  },
  {
    name: "CRLF file with a stray LF row end",
    text: "a,b\r\n1,2\n3,4\r\n",
    expected: [
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [3, ["3", "4"]],
    ],
  },
  {
    name: "empty and empty-quoted cells",
    text: 'a,,""\n,\n',
    expected: [
      [1, ["a", "", ""]],
      [2, ["", ""]],
    ],
  },
  {
    name: "blank lines",
    text: "a\n\n\nb\n",
    expected: [
      [1, ["a"]],
      [4, ["b"]],
    ],
  },
  { name: "quote inside an unquoted cell", text: '5" screen,x\n', expected: [[1, ['5" screen', "x"]]] },
  { name: "text after a closing quote", text: '"quoted"tail,x\n', expected: [[1, ["quotedtail", "x"]]] },
  {
    name: "ragged rows (LinkedIn notes above the header)",
    text: "Notes:\n\nFirst Name,Last Name,URL\nAda,Lovelace,\n",
    expected: [
      [1, ["Notes:"]],
      [3, ["First Name", "Last Name", "URL"]],
      [4, ["Ada", "Lovelace", ""]],
    ],
  },
  {
    name: "quote never closed (truncated file): earlier rows kept",
    text: 'a,b\nc,d\ne,"never closed\n',
    expected: [
      [1, ["a", "b"]],
      [2, ["c", "d"]],
      [3, ["e", "never closed\n"]],
    ],
  },
];

function ours(text: string): [number, string[]][] {
  return parseCsv(text).records.map((r) => [r.line, r.fields]);
}

function csvParse(text: string): [number, string[]][] {
  const rows = parse(text, {
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    raw: true,
  }) as { record: string[]; info: { lines: number }; raw: string }[];
  // csv-parse reports the line a record ends on; its start is that minus the breaks inside its fields.
  return rows.map(({ record, info, raw }) => [
    info.lines -
      (raw
        .replace(/^[\r\n]+/, "")
        .replace(/[\r\n]+$/, "")
        .match(/\r\n|\r|\n/g)?.length ?? 0),
    record.map((f) => f.replace(/\r\n?/g, "\n")),
  ]);
}

function verdict(read: (text: string) => [number, string[]][], c: Case): string {
  try {
    const got = read(c.text);
    if (JSON.stringify(got) === JSON.stringify(c.expected)) return "right";
    const fieldsOnly = (r: [number, string[]][]) => JSON.stringify(r.map(([, f]) => f));
    return fieldsOnly(got) === fieldsOnly(c.expected) ? "wrong line numbers" : "wrong cells";
  } catch (error) {
    return `throws (${(error as { code?: string }).code ?? "error"}): every row lost`;
  }
}

console.log("| case | ours | csv-parse 6 (relaxed) |\n| --- | --- | --- |");
const score = { ours: 0, csvParse: 0 };
for (const c of cases) {
  const a = verdict(ours, c);
  const b = verdict(csvParse, c);
  if (a === "right") score.ours++;
  if (b === "right") score.csvParse++;
  console.log(`| ${c.name} | ${a} | ${b} |`);
}
console.log(`| **right** | **${score.ours}/${cases.length}** | **${score.csvParse}/${cases.length}** |`);
