// Google Contacts' CSV export. Two headers exist: the current one ("First Name, Middle Name,
// Last Name, …, Labels, E-mail 1 - Value, …") and the older "Google CSV" one ("Name, Given Name,
// Family Name, …, Group Membership, E-mail 1 - Value, Organization 1 - Name, …"). Cells holding
// several values separate them with " ::: ".
import { CsvHeader, isBlankRecord, parseCsv } from "./csv";
import { buildDraft, type FieldLabels, type ImportResult } from "./draft";
import { canonicalLinkedInUrl } from "./linkedin-url";

const MULTI_VALUE_SEPARATOR = ":::";
// Every contact carries this system label; it says nothing about the person.
const EVERYONE_LABEL = "* mycontacts";

export function importGoogleCsv(text: string): ImportResult {
  const { records, problems } = parseCsv(text);
  const result: ImportResult = { rows: [], problems: [...problems] };
  const headerRecord = records[0];
  const header = new CsvHeader(headerRecord?.fields ?? []);
  const modern = header.has("First Name");
  if (!headerRecord || !(modern || header.has("Given Name") || header.has("Name"))) {
    result.problems.push({
      line: headerRecord?.line ?? 1,
      message: 'No Google Contacts header row was found (expected "First Name" or "Given Name" columns).',
    });
    return result;
  }
  const emailColumns = numberedColumns(header.names, /^e-mail (\d+) - value$/i);
  const phoneColumns = numberedColumns(header.names, /^phone (\d+) - value$/i);
  const websiteColumns = numberedColumns(header.names, /^website (\d+) - value$/i);
  const labels: FieldLabels = {
    name: modern ? "First Name / Last Name" : "Name",
    email: emailColumns[0] ?? "E-mail 1 - Value",
    phone: phoneColumns[0] ?? "Phone 1 - Value",
    tags: modern ? "Labels" : "Group Membership",
  };

  for (const { line, fields } of records.slice(1)) {
    if (isBlankRecord(fields)) continue;
    const first = (columns: string[]) => firstValue(columns.map((c) => header.get(fields, c)));
    const nameParts = modern
      ? [header.get(fields, "First Name"), header.get(fields, "Middle Name"), header.get(fields, "Last Name")]
      : [
          header.get(fields, "Name") ||
            [
              header.get(fields, "Given Name"),
              header.get(fields, "Additional Name"),
              header.get(fields, "Family Name"),
            ].join(" "),
        ];
    const websites = websiteColumns.flatMap((c) => splitMulti(header.get(fields, c)));
    const { draft, problems: rowProblems } = buildDraft(
      {
        name: nameParts.join(" ").trim() || header.get(fields, "Nickname", "File As"),
        email: first(emailColumns),
        phone: first(phoneColumns),
        company: header.get(fields, "Organization Name", "Organization 1 - Name"),
        role: header.get(fields, "Organization Title", "Organization 1 - Title"),
        // Websites hold all sorts of links; only a LinkedIn profile is wanted, so others are not problems.
        linkedinUrl: websites.find((url) => canonicalLinkedInUrl(url) !== null) ?? null,
        tags: splitMulti(header.get(fields, "Labels", "Group Membership"))
          .filter((label) => label.toLowerCase() !== EVERYONE_LABEL)
          // Other system labels ("* starred") keep their word without the marker.
          .map((label) => label.replace(/^\*\s*/, "")),
        notes: header.get(fields, "Notes"),
      },
      line,
      labels,
    );
    if (draft) result.rows.push(draft);
    result.problems.push(...rowProblems);
  }
  return result;
}

/** Header names matching `pattern`, ordered by the number it captures ("E-mail 2" after "E-mail 1"). */
function numberedColumns(names: readonly string[], pattern: RegExp): string[] {
  return names
    .map((name) => ({ name, n: Number(pattern.exec(name)?.[1] ?? Number.NaN) }))
    .filter((c) => !Number.isNaN(c.n))
    .sort((a, b) => a.n - b.n)
    .map((c) => c.name);
}

function splitMulti(cell: string): string[] {
  return cell
    .split(MULTI_VALUE_SEPARATOR)
    .map((v) => v.trim())
    .filter(Boolean);
}

function firstValue(cells: readonly string[]): string {
  for (const cell of cells) {
    const [value] = splitMulti(cell);
    if (value) return value;
  }
  return "";
}
