// A minimal VTIMEZONE for an IANA zone, derived from Intl. Google and Outlook only read the TZID name, but
// Apple Calendar, Thunderbird and RFC-strict parsers need the definition to place TZID times at all.
import { civil, DAY_MS, daysInMonth, icsDateTime, wallTime } from "./values";
import { ianaZone, type Zone } from "./zones";

interface Transition {
  utc: number;
  from: number;
  to: number;
}

interface YearlyRule {
  month: number;
  weekday: number;
  ordinal: number;
  timeOfDay: number;
}

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const VERIFY_YEARS = 10;

/** Offset changes within one calendar year: day steps, then bisection to the second. */
function transitionsIn(zone: Zone, year: number): Transition[] {
  const out: Transition[] = [];
  const end = wallTime(year + 1, 1, 1);
  let t = wallTime(year, 1, 1);
  let offset = zone.offsetAt(t);
  for (; t < end; t += DAY_MS) {
    const next = zone.offsetAt(t + DAY_MS);
    if (next === offset) continue;
    let lo = t;
    let hi = t + DAY_MS;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (zone.offsetAt(mid) === offset) lo = mid;
      else hi = mid;
    }
    out.push({ utc: hi, from: offset, to: next });
    offset = next;
  }
  return out;
}

function nthWeekday(year: number, month: number, weekday: number, ordinal: number): number {
  const dim = daysInMonth(year, month);
  if (ordinal > 0) {
    const firstWeekday = civil(wallTime(year, month, 1)).weekday;
    return 1 + ((weekday - firstWeekday + 7) % 7) + (ordinal - 1) * 7;
  }
  const lastWeekday = civil(wallTime(year, month, dim)).weekday;
  return dim - ((lastWeekday - weekday + 7) % 7);
}

/** Wall time (in the offset before the change) at which `rule` fires in `year`. */
function onsetWall(rule: YearlyRule, year: number): number {
  return (
    wallTime(year, rule.month, nthWeekday(year, rule.month, rule.weekday, rule.ordinal)) + rule.timeOfDay
  );
}

/** A "last Sunday of March"-style rule for this change that holds from `year - 1` for ten years, if any. */
function inferRule(zone: Zone, change: Transition, year: number): YearlyRule | null {
  const local = civil(change.utc + change.from);
  const timeOfDay = (change.utc + change.from) % DAY_MS;
  const ordinals = [Math.ceil(local.day / 7)];
  if (local.day > daysInMonth(local.year, local.month) - 7) ordinals.unshift(-1);
  for (const ordinal of ordinals) {
    const rule = { month: local.month, weekday: local.weekday, ordinal, timeOfDay };
    let holds = true;
    for (let y = year - 1; y <= year + VERIFY_YEARS && holds; y++) {
      const utc = onsetWall(rule, y) - change.from;
      holds = zone.offsetAt(utc - 1000) === change.from && zone.offsetAt(utc) === change.to;
    }
    if (holds) return rule;
  }
  return null;
}

function formatOffset(ms: number): string {
  const abs = Math.abs(ms) / 1000;
  const [h, m, s] = [Math.floor(abs / 3600), Math.floor((abs % 3600) / 60), abs % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${ms < 0 ? "-" : "+"}${pad(h)}${pad(m)}${s ? pad(s) : ""}`;
}

function observance(change: Transition, startWall: number, rrule: string | null): string[] {
  const kind = change.to > change.from ? "DAYLIGHT" : "STANDARD";
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(change.from)}`,
    `TZOFFSETTO:${formatOffset(change.to)}`,
    `DTSTART:${icsDateTime(startWall)}`,
    ...(rrule ? [rrule] : []),
    `END:${kind}`,
  ];
}

/**
 * Changes that follow no weekday rule (e.g. Israel's "Friday before the last Sunday"), one observance each.
 * Not one observance with an RDATE list: ical.js, for one, reads only the first RDATE value there.
 */
function listedObservances(zone: Zone, year: number): string[] {
  const out: string[] = [];
  for (let y = year - 1; y <= year + VERIFY_YEARS; y++) {
    for (const change of transitionsIn(zone, y))
      out.push(...observance(change, change.utc + change.from, null));
  }
  return out;
}

/**
 * VTIMEZONE lines for `zoneName`, correct from the year before `aroundUtc`: yearly rules when the zone
 * follows one for the next ten years, otherwise each change listed for that span.
 */
export function vtimezoneLines(zoneName: string, aroundUtc: number): string[] {
  const zone = ianaZone(zoneName);
  if (!zone) throw new RangeError(`"${zoneName}" is not a known IANA time zone`);
  const year = civil(aroundUtc).year;
  const head = ["BEGIN:VTIMEZONE", `TZID:${zoneName}`, `X-LIC-LOCATION:${zoneName}`];
  const nearby = [
    ...transitionsIn(zone, year - 1),
    ...transitionsIn(zone, year),
    ...transitionsIn(zone, year + 1),
  ];
  if (nearby.length === 0) {
    const offset = zone.offsetAt(aroundUtc);
    return [...head, ...observance({ utc: 0, from: offset, to: offset }, 0, null), "END:VTIMEZONE"];
  }
  const thisYear = transitionsIn(zone, year);
  const rules = thisYear.map((change) => inferRule(zone, change, year));
  if (thisYear.length === 0 || rules.some((r) => r === null)) {
    return [...head, ...listedObservances(zone, year), "END:VTIMEZONE"];
  }
  const body = thisYear.flatMap((change, i) => {
    const rule = rules[i];
    if (!rule) return [];
    const rrule = `RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.ordinal}${WEEKDAYS[rule.weekday]}`;
    return observance(change, onsetWall(rule, year - 1), rrule);
  });
  return [...head, ...body, "END:VTIMEZONE"];
}
