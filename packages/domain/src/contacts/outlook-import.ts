// Outlook's contact export (File → Open & Export → Import/Export → Export to a file → CSV): one wide
// row per contact, "First Name … Suffix", up to three e-mail columns, a dozen phone columns, and
// Categories separated by semicolons. Exchange contacts may carry an internal address ("/o=…") in the
// first e-mail column; the first column holding a real address wins.
import { CsvHeader, isBlankRecord, parseCsv } from "./csv";
import { buildDraft, type FieldLabels, type ImportResult, normaliseEmail } from "./draft";
import { canonicalLinkedInUrl } from "./linkedin-url";

const EMAIL_COLUMNS = ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"];
const PHONE_COLUMNS = [
  "Mobile Phone",
  "Business Phone",
  "Home Phone",
  "Primary Phone",
  "Business Phone 2",
  "Home Phone 2",
  "Company Main Phone",
  "Other Phone",
];

const LABELS: FieldLabels = {
  name: "First Name / Last Name",
  email: "E-mail Address",
  phone: "Mobile Phone",
  company: "Company",
  role: "Job Title",
  tags: "Categories",
  notes: "Notes",
};

/** Whether a header row is Outlook's. */
export function isOutlookHeader(names: ReadonlySet<string>): boolean {
  return (
    names.has("first name") &&
    names.has("e-mail address") &&
    (names.has("job title") || names.has("e-mail display name") || names.has("business phone"))
  );
}

export function importOutlookCsv(text: string): ImportResult {
  const { records, problems } = parseCsv(text);
  const result: ImportResult = { rows: [], problems: [...problems] };
  const [headerRecord, ...rows] = records;
  const header = new CsvHeader(headerRecord?.fields ?? []);
  if (!headerRecord || !isOutlookHeader(new Set(header.names.map((n) => n.toLowerCase())))) {
    result.problems.push({
      line: headerRecord?.line ?? 1,
      message:
        'No Outlook header row was found (expected "First Name", "Last Name" and "E-mail Address" columns).',
    });
    return result;
  }
  for (const { line, fields } of rows) {
    if (isBlankRecord(fields)) continue;
    const emails = EMAIL_COLUMNS.map((c) => header.get(fields, c)).filter(Boolean);
    const name = ["First Name", "Middle Name", "Last Name", "Suffix"]
      .map((c) => header.get(fields, c))
      .filter(Boolean)
      .join(" ");
    const webPage = header.get(fields, "Web Page", "Personal Web Page");
    const { draft, problems: rowProblems } = buildDraft(
      {
        name,
        email: emails.find((e) => normaliseEmail(e) !== null) ?? emails[0] ?? null,
        phone: header.get(fields, ...PHONE_COLUMNS),
        company: header.get(fields, "Company"),
        role: header.get(fields, "Job Title"),
        // Web pages hold all sorts of links; only a LinkedIn profile is wanted, so others are not problems.
        linkedinUrl: canonicalLinkedInUrl(webPage) ? webPage : null,
        tags: header.get(fields, "Categories").split(";"),
        notes: header.get(fields, "Notes"),
      },
      line,
      LABELS,
    );
    if (draft) result.rows.push(draft);
    result.problems.push(...rowProblems);
  }
  return result;
}
