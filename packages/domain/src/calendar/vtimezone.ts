// A zone built from a VTIMEZONE's STANDARD/DAYLIGHT observances, for TZIDs that name no zone we know.
import { type Component, type ContentLine, param, splitList } from "./content-lines";
import { expandRule, parseRecurrenceRule, type RecurrenceRule } from "./rrule";
import { civil, DAY_MS, parseDateValue, parseUtcOffset, wallTime } from "./values";
import type { Zone } from "./zones";

interface Observance {
  startWall: number;
  offsetFrom: number;
  offsetTo: number;
  rule: RecurrenceRule | null;
  /** Onsets (UTC) that need no rule: DTSTART itself and any RDATEs. */
  fixedOnsets: number[];
}

interface Onset {
  utc: number;
  offsetTo: number;
}

function readWall(prop: ContentLine | undefined): number | null {
  if (!prop) return null;
  const value = parseDateValue(prop.value, param(prop, "VALUE"));
  return typeof value === "string" ? null : value.wall;
}

function readObservance(component: Component): Observance | null {
  const prop = (name: string) => component.props.find((p) => p.name === name);
  const startWall = readWall(prop("DTSTART"));
  const offsetFrom = parseUtcOffset(prop("TZOFFSETFROM")?.value ?? "");
  const offsetTo = parseUtcOffset(prop("TZOFFSETTO")?.value ?? "");
  if (startWall === null || offsetFrom === null || offsetTo === null) return null;
  let rule: RecurrenceRule | null = null;
  const rrule = prop("RRULE");
  if (rrule) {
    try {
      rule = parseRecurrenceRule(rrule.value);
    } catch {
      return null;
    }
  }
  // Onsets are written in the local time in force before them, i.e. at TZOFFSETFROM.
  const fixedOnsets = [startWall - offsetFrom];
  for (const rdate of component.props.filter((p) => p.name === "RDATE")) {
    for (const item of splitList(rdate.value)) {
      const value = parseDateValue(item, param(rdate, "VALUE"));
      if (typeof value !== "string")
        fixedOnsets.push(value.kind === "utc" ? value.wall : value.wall - offsetFrom);
    }
  }
  return { startWall, offsetFrom, offsetTo, rule, fixedOnsets };
}

/** Returns null when the VTIMEZONE has no usable observance. */
export function zoneFromVtimezone(vtimezone: Component): Zone | null {
  const observances = vtimezone.children
    .filter((c) => c.name === "STANDARD" || c.name === "DAYLIGHT")
    .map(readObservance)
    .filter((o): o is Observance => o !== null)
    .sort((a, b) => a.startWall - b.startWall);
  const earliest = observances[0];
  if (!earliest) return null;
  const fixed: Onset[] = observances.flatMap((o) =>
    o.fixedOnsets.map((utc) => ({ utc, offsetTo: o.offsetTo })),
  );
  const byYear = new Map<number, Onset[]>();

  // Rule onsets of one year, computed once: queries cluster in a few years.
  const ruleOnsets = (year: number): Onset[] => {
    const cached = byYear.get(year);
    if (cached) return cached;
    const onsets: Onset[] = [];
    for (const o of observances) {
      const rule = o.rule;
      if (!rule) continue;
      const until = rule.until;
      const walls = expandRule(rule, o.startWall, {
        notBefore: wallTime(year, 1, 1) - DAY_MS,
        notAfter: wallTime(year + 1, 1, 1) + DAY_MS,
        pastUntil: (wall) =>
          until !== null && (until.kind === "utc" ? wall - o.offsetFrom > until.wall : wall > until.wall),
        maxResults: 1000,
        budget: { days: 50_000 },
      });
      for (const wall of walls) onsets.push({ utc: wall - o.offsetFrom, offsetTo: o.offsetTo });
    }
    byYear.set(year, onsets);
    return onsets;
  };

  return {
    ianaName: null,
    offsetAt(utcMs) {
      const year = civil(utcMs).year;
      let best: Onset | null = null;
      for (const onset of [...fixed, ...ruleOnsets(year - 1), ...ruleOnsets(year)]) {
        if (onset.utc <= utcMs && (best === null || onset.utc > best.utc)) best = onset;
      }
      return best ? best.offsetTo : earliest.offsetFrom;
    },
  };
}
