// LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data). The file opens
// with a few "Notes:" lines before the header; older exports have no URL column; email is often
// empty because members choose whether to share it.
import { slashedDateOrder } from "./contact-dates";
import { CsvHeader, isBlankRecord, parseCsv } from "./csv";
import { buildDraft, type FieldLabels, type ImportResult } from "./draft";

const LABELS: FieldLabels = {
  name: "First Name / Last Name",
  email: "Email Address",
  linkedinUrl: "URL",
  company: "Company",
  role: "Position",
  metOn: "Connected On",
};

export function importLinkedInCsv(text: string): ImportResult {
  const { records, problems } = parseCsv(text);
  const result: ImportResult = { rows: [], problems: [...problems] };
  const headerAt = records.findIndex((r) => {
    const header = new CsvHeader(r.fields);
    return header.has("First Name") && header.has("Last Name");
  });
  const headerRecord = records[headerAt];
  if (!headerRecord) {
    result.problems.push({
      line: 1,
      message: 'No LinkedIn header row was found (expected columns "First Name,Last Name,…,Connected On").',
    });
    return result;
  }
  const header = new CsvHeader(headerRecord.fields);
  const rows = records.slice(headerAt + 1);
  const dateOrder = slashedDateOrder(rows.map(({ fields }) => header.get(fields, "Connected On")));
  for (const { line, fields } of rows) {
    if (isBlankRecord(fields)) continue;
    const { draft, problems: rowProblems } = buildDraft(
      {
        name: `${header.get(fields, "First Name")} ${header.get(fields, "Last Name")}`,
        email: header.get(fields, "Email Address"),
        linkedinUrl: header.get(fields, "URL", "Profile URL"),
        company: header.get(fields, "Company"),
        role: header.get(fields, "Position"),
        metOn: header.get(fields, "Connected On"),
      },
      line,
      LABELS,
      dateOrder,
    );
    if (draft) result.rows.push(draft);
    result.problems.push(...rowProblems);
  }
  return result;
}
