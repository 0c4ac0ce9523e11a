// Our own CSV export (csv-export.ts) read back, so a file downloaded from Rapport can be imported into
// another workspace or re-imported into this one and be found unchanged.

import { CsvHeader, isBlankRecord, parseCsv } from "./csv";
import { CSV_COLUMNS, CSV_TAG_SEPARATOR } from "./csv-export";
import { buildDraft, type ImportResult } from "./draft";

/** Whether a header row is ours: every column we write, under our names. */
export function isRapportHeader(names: ReadonlySet<string>): boolean {
  return CSV_COLUMNS.every((c) => names.has(c.toLowerCase()));
}

// The export puts a ' before cells a spreadsheet would run as a formula; that quote is ours to remove.
function undefused(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function importRapportCsv(text: string): ImportResult {
  const { records, problems } = parseCsv(text);
  const result: ImportResult = { rows: [], problems: [...problems] };
  const [headerRecord, ...rows] = records;
  const header = new CsvHeader(headerRecord?.fields ?? []);
  for (const { line, fields } of rows) {
    if (isBlankRecord(fields)) continue;
    const cell = (name: string) => undefused(header.get(fields, name));
    const { draft, problems: rowProblems } = buildDraft(
      {
        name: cell("Name"),
        company: cell("Company"),
        role: cell("Role"),
        email: cell("Email"),
        phone: cell("Phone"),
        linkedinUrl: cell("LinkedIn URL"),
        metOn: cell("Met on"),
        tags: cell("Tags").split(CSV_TAG_SEPARATOR.trim()),
        notes: cell("Notes"),
      },
      line,
    );
    if (draft) result.rows.push(draft);
    result.problems.push(...rowProblems);
  }
  return result;
}
