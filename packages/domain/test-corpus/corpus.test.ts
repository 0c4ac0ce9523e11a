// The corpus: real calendar files from other projects' test suites (test-corpus/MANIFEST.md). Every file
// must be read or dropped with a reason; none may crash. Our reading is cross-checked against ical.js.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADJUDICATED } from "./adjudications";
import { type Reading, readWithIcalJs, readWithOurs } from "./readers";

const DIR = join(__dirname, "calendars");
// ical.js loops for minutes on this file's 10^18-week DURATION; it is not run there.
const ICALJS_HANGS = new Set(["icalendar__invalid_duration.ics"]);

/** TZIDs used on properties that the file defines no VTIMEZONE for (ical.js reads those as floating). */
function zonesByNameOnly(text: string): boolean {
  const defined = new Set([...text.matchAll(/^TZID:(.*)$/gm)].map((m) => (m[1] ?? "").trim()));
  const used = [...text.matchAll(/;TZID=("[^"]*"|[^:;]*)/g)].map((m) =>
    (m[1] ?? "").replace(/"/g, "").trim(),
  );
  return used.some((tzid) => !defined.has(tzid)) || /^X-WR-TIMEZONE:/m.test(text);
}

type Outcome =
  | "agree"
  | "ours right (zone known by name only; ical.js reads floating time)"
  | "ours right (checked by hand)"
  | "neither fully right (checked by hand)"
  | "ical.js right (checked by hand)"
  | "ical.js throws or hangs; ours read events"
  | "both drop the file"
  | "ours drops, ical.js reads"
  | "disagree, not checked";

function compare(file: string, text: string, ours: Reading): Outcome {
  const ourEvents = ours.keys.length;
  let theirs: Reading | null = null;
  if (!ICALJS_HANGS.has(file)) {
    try {
      theirs = readWithIcalJs(text);
    } catch {
      theirs = null;
    }
  }
  if (!theirs) return ourEvents > 0 ? "ical.js throws or hangs; ours read events" : "both drop the file";
  if (JSON.stringify(theirs.keys) === JSON.stringify(ours.keys)) return "agree";
  if (ourEvents === 0) return theirs.keys.length === 0 ? "both drop the file" : "ours drops, ical.js reads";
  const verdict = ADJUDICATED[file];
  if (verdict?.right === "ours") return "ours right (checked by hand)";
  if (verdict?.right === "neither") return "neither fully right (checked by hand)";
  if (verdict?.right === "ical.js") return "ical.js right (checked by hand)";
  if (zonesByNameOnly(text) && theirs.keys.length === ourEvents) {
    return "ours right (zone known by name only; ical.js reads floating time)";
  }
  return "disagree, not checked";
}

describe("calendar corpus", () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith(".ics"))
    .sort();

  it("holds at least 100 real files", () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  it("reads or drops every file with a reason, never crashes, and matches ical.js or a checked verdict", () => {
    const counts = new Map<Outcome, number>();
    const unexplained: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(DIR, file), "utf8");
      const ours = readWithOurs(text);
      // Dropped means: nothing imported, and at least one line telling the person why.
      if (ours.keys.length === 0 && ours.problems.length === 0)
        unexplained.push(`${file}: no events, no reason`);
      const outcome = compare(file, text, ours);
      if (outcome === "disagree, not checked" || outcome === "ours drops, ical.js reads") {
        unexplained.push(`${file}: ${outcome}`);
      }
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    }
    console.info(
      `Calendar corpus, ${files.length} files:\n${[...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([outcome, n]) => `  ${String(n).padStart(4)}  ${outcome}`)
        .join("\n")}`,
    );
    expect(unexplained).toEqual([]);
  }, 180_000);
});
