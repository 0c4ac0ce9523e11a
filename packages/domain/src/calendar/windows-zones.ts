// Windows time zone names (what Outlook and Exchange put in TZID) to IANA names. Two maintained sources, so
// nobody hand-types zone data: `windows-iana` carries CLDR's windowsZones.xml (the "001" default territory
// comes first), and `timezones.json` carries the display names Windows shows and Outlook Web writes as TZIDs,
// e.g. "(UTC-05:00) Eastern Time (US & Canada)". Updating either package updates what we read.
import timezones from "timezones.json";
import { findIana, findIanaAliases, findWindows, WINDOWS_TO_IANA_MAP } from "windows-iana";

/** The IANA name for a Windows zone name (case-insensitive), or null. */
export function windowsZoneToIana(name: string): string | null {
  return windowsLower.get(name.trim().toLowerCase()) ?? null;
}

// CLDR names a zone by its oldest alias ("Asia/Calcutta"); show the one the runtime calls canonical.
const canonical = new Set(Intl.supportedValuesOf("timeZone"));
function modernName(iana: string): string {
  const aliases = findIanaAliases(iana);
  return aliases.find((a) => canonical.has(a)) ?? aliases[aliases.length - 1] ?? iana;
}

// Windows names that CLDR has retired but older Outlook versions still write.
const RETIRED: Readonly<Record<string, string>> = {
  "Mid-Atlantic Standard Time": "Etc/GMT+2",
  "Kamchatka Standard Time": "Asia/Kamchatka",
};

const windowsLower = new Map<string, string>();
for (const [name, iana] of Object.entries(RETIRED)) windowsLower.set(name.toLowerCase(), iana);
for (const { windowsName } of WINDOWS_TO_IANA_MAP) {
  const first = findIana(windowsName, "001")[0];
  if (first) windowsLower.set(windowsName.toLowerCase(), modernName(first));
}

/** Every Windows name we map, for tests and for showing what is supported. */
export const knownWindowsZones: readonly string[] = [
  ...new Set([...WINDOWS_TO_IANA_MAP.map((z) => z.windowsName), ...Object.keys(RETIRED)]),
];

// "(UTC-05:00) ", "(GMT+10:00) ", "(UTC) ", "(GMT) " — the offset label Windows puts before the place names.
const OFFSET_LABEL = /^\(\s*(?:UTC|GMT)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?\s*\)\s*/i;

function normalisePlaces(text: string): string {
  return (
    text
      .replace(OFFSET_LABEL, "")
      // Windows XP wrote "(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London".
      .replace(/^greenwich mean time\s*:\s*/i, "")
      .toLowerCase()
      // Some writers spell "(US & Canada)" as "(US and Canada)".
      .replace(/\s+and\s+/g, " & ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * The IANA zone for an entry of timezones.json. Most entries are keyed by their Windows name; a few carry
 * a label of their own ("Japan Standard Time"), and then the Windows zone most of their IANA zones belong to
 * decides, so that "Osaka, Sapporo, Tokyo" becomes Asia/Tokyo rather than the list's first entry.
 */
function ianaForEntry(entry: { value: string; utc: string[] }): string | null {
  const direct = windowsZoneToIana(entry.value);
  if (direct) return direct;
  const votes = new Map<string, number>();
  for (const iana of entry.utc) {
    const windows = findWindows(iana)[0];
    if (windows) votes.set(windows, (votes.get(windows) ?? 0) + 1);
  }
  const winner = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return winner ? windowsZoneToIana(winner) : null;
}

const byDisplayName = new Map<string, string>();
// Entries keyed by a real Windows name go first, so they win over look-alike summer-time entries.
for (const entry of [...timezones].sort(
  (a, b) => Number(windowsZoneToIana(b.value) !== null) - Number(windowsZoneToIana(a.value) !== null),
)) {
  const key = normalisePlaces(entry.text);
  const iana = ianaForEntry(entry);
  if (key !== "" && iana && !byDisplayName.has(key)) byDisplayName.set(key, iana);
}

/** The IANA name for a Windows display name such as "(GMT+10:00) Canberra, Melbourne, Sydney", or null. */
export function windowsDisplayNameToIana(name: string): string | null {
  // The places alone ("Canberra, Melbourne, Sydney") are taken too, but only as an exact match.
  return byDisplayName.get(normalisePlaces(name.trim())) ?? null;
}

/** The fixed offset in ms written in a display name's "(UTC+05:30)" label, or null when there is none. */
export function displayNameOffset(name: string): number | null {
  const m = OFFSET_LABEL.exec(name.trim());
  if (!m) return null;
  if (m[1] === undefined) return 0;
  const ms = (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60_000;
  return m[1] === "-" ? -ms : ms;
}
