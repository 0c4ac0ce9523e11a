// Imported series are stored one row per occurrence (UID "series#original start"). A feed gives them back
// as a series: one VEVENT whose RRULE (found from the occurrences), EXDATE and RDATE produce exactly the
// original starts, plus a RECURRENCE-ID override for each occurrence that differs from the rest.
import {
  escapeText,
  organizerLine,
  quoteParam,
  statusValue,
  textLines,
  uriValue,
  utcStamp,
} from "./ics-lines";
import { expandRule, parseRecurrenceRule, WEEKDAY_CODES } from "./rrule";
import type { CalendarEventInput } from "./types";
import { civil, DAY_MS, daysInMonth, icsDate, icsDateTime } from "./values";
import { ianaZone, toUtc, toWall, UTC_ZONE, type Zone } from "./zones";

const OCCURRENCE_UID = /^(.+)#(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/;

interface Occurrence {
  /** The original start (UTC ms) the occurrence stands for. */
  original: number;
  event: CalendarEventInput;
}

export interface SeriesGroup {
  uid: string;
  occurrences: Occurrence[];
}

/** Splits events into single events and series of two or more occurrences. */
export function groupSeries(events: readonly CalendarEventInput[]): {
  singles: CalendarEventInput[];
  series: SeriesGroup[];
} {
  const byUid = new Map<string, Occurrence[]>();
  const singles: CalendarEventInput[] = [];
  for (const event of events) {
    const m = OCCURRENCE_UID.exec(event.uid);
    if (!m?.[1] || !m[2]) {
      singles.push(event);
      continue;
    }
    const list = byUid.get(m[1]) ?? [];
    list.push({ original: Date.parse(m[2]), event });
    byUid.set(m[1], list);
  }
  const series: SeriesGroup[] = [];
  for (const [uid, occurrences] of byUid) {
    const allDay = occurrences[0]?.event.allDay;
    // One occurrence, or a mix of all-day and timed, is written as it is stored.
    if (occurrences.length < 2 || occurrences.some((o) => o.event.allDay !== allDay)) {
      singles.push(...occurrences.map((o) => o.event));
    } else {
      series.push({ uid, occurrences: occurrences.sort((a, b) => a.original - b.original) });
    }
  }
  return { singles, series: series.sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0)) };
}

/** How an occurrence looks apart from when it starts; occurrences that differ get an override. */
function look(event: CalendarEventInput, allDay: boolean): string {
  const length = allDay
    ? Math.round((event.end.getTime() - event.start.getTime()) / DAY_MS)
    : event.end.getTime() - event.start.getTime();
  return JSON.stringify([
    length,
    event.title,
    event.description ?? null,
    event.location ?? null,
    event.url ?? null,
    event.status,
    event.organizer ?? null,
  ]);
}

/** The zone the series repeats in: its events' IANA zone when they agree on one, else UTC. */
function seriesZone(group: SeriesGroup): { name: string | null; zone: Zone } {
  const names = new Set(group.occurrences.map((o) => o.event.timeZone ?? "UTC"));
  const [name] = [...names];
  const zone = names.size === 1 && name && name !== "UTC" ? ianaZone(name) : null;
  return zone && name ? { name, zone } : { name: null, zone: UTC_ZONE };
}

/** Candidate rules, simplest first, from what the occurrences have in common. */
function candidateRules(walls: readonly number[]): string[] {
  const parts = walls.map(civil);
  const first = parts[0];
  if (!first) return [];
  const same = <T>(pick: (c: (typeof parts)[number]) => T) => parts.every((c) => pick(c) === pick(first));
  const days = walls.map((w) => Math.floor(w / DAY_MS));
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const step = days.slice(1).reduce((g, d, i) => gcd(g, d - (days[i] ?? d)), 0);
  const weekdays = [...new Set(parts.map((c) => c.weekday))].sort((a, b) => a - b);
  const byDay = weekdays.map((d) => WEEKDAY_CODES[d]).join(",");
  const out: string[] = [];
  // Weekly first: on a tie it reads better in a subscriber's calendar than "every 7 days".
  for (const interval of [1, 2, 3, 4]) {
    out.push(`FREQ=WEEKLY${interval > 1 ? `;INTERVAL=${interval}` : ""};WKST=MO;BYDAY=${byDay}`);
  }
  if (step > 0) out.push(step === 1 ? "FREQ=DAILY" : `FREQ=DAILY;INTERVAL=${step}`);
  if (same((c) => c.day)) out.push("FREQ=MONTHLY");
  if (same((c) => c.weekday)) {
    const code = WEEKDAY_CODES[first.weekday];
    if (same((c) => Math.ceil(c.day / 7))) out.push(`FREQ=MONTHLY;BYDAY=${Math.ceil(first.day / 7)}${code}`);
    if (same((c) => c.day + 7 > daysInMonth(c.year, c.month))) out.push(`FREQ=MONTHLY;BYDAY=-1${code}`);
  }
  if (same((c) => c.month) && same((c) => c.day)) out.push("FREQ=YEARLY");
  return out;
}

/** The rule (if any) whose occurrences, plus RDATEs minus EXDATEs, give exactly `walls` with fewest extras. */
function bestRule(walls: readonly number[]): { rule: string | null; exdates: number[]; rdates: number[] } {
  const wanted = new Set(walls);
  const first = walls[0] ?? 0;
  const last = walls[walls.length - 1] ?? 0;
  const sameTime = walls.every((w) => w % DAY_MS === first % DAY_MS);
  // Without a rule DTSTART is listed among the RDATEs too: ical.js (Thunderbird) otherwise skips it, and RFC
  // 5545 counts an instance given twice once.
  let best = { rule: null as string | null, exdates: [] as number[], rdates: [...walls] };
  if (!sameTime) return best;
  for (const rule of candidateRules(walls)) {
    const limit = walls.length * 3 + 10;
    const produced = expandRule(parseRecurrenceRule(rule), first, {
      notBefore: first,
      notAfter: last,
      pastUntil: (w) => w > last,
      maxResults: limit,
      budget: { days: 40_000 },
    });
    // A rule that makes far more dates than there are occurrences is no better than a list of dates.
    if (produced.length >= limit) continue;
    const made = new Set(produced);
    const exdates = produced.filter((w) => !wanted.has(w));
    const rdates = walls.filter((w) => !made.has(w));
    if (exdates.length + rdates.length < best.exdates.length + best.rdates.length - 1) {
      best = { rule, exdates, rdates };
    }
  }
  return best;
}

/** VEVENTs for one series, and the zone (if any) whose VTIMEZONE they need, with the first instant used. */
export function seriesLines(group: SeriesGroup): { lines: string[]; zone: string | null; from: number } {
  const { occurrences } = group;
  const allDay = occurrences[0]?.event.allDay ?? false;
  const { name, zone } = allDay ? { name: null, zone: UTC_ZONE } : seriesZone(group);
  const wallOf = (utc: number) => (allDay ? utc : toWall(zone, utc));
  const value = (wall: number) =>
    allDay
      ? `;VALUE=DATE:${icsDate(wall)}`
      : name
        ? `;TZID=${quoteParam(name)}:${icsDateTime(wall)}`
        : `:${icsDateTime(wall)}Z`;
  const list = (walls: number[]) =>
    allDay
      ? `;VALUE=DATE:${walls.map(icsDate).join(",")}`
      : name
        ? `;TZID=${quoteParam(name)}:${walls.map(icsDateTime).join(",")}`
        : `:${walls.map((w) => `${icsDateTime(w)}Z`).join(",")}`;

  // The commonest look is the series'; its first holder gives the master's properties.
  const counts = new Map<string, number>();
  for (const o of occurrences)
    counts.set(look(o.event, allDay), (counts.get(look(o.event, allDay)) ?? 0) + 1);
  const commonLook = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const base = occurrences.find((o) => look(o.event, allDay) === commonLook) ?? occurrences[0];
  if (!base) return { lines: [], zone: null, from: 0 };

  const walls = occurrences.map((o) => wallOf(o.original));
  const { rule, exdates, rdates } = bestRule(walls);
  const first = walls[0] ?? 0;
  const lastOriginal = occurrences[occurrences.length - 1]?.original ?? 0;
  const until = allDay ? icsDate(lastOriginal) : utcStamp(new Date(lastOriginal));
  const updated = new Date(Math.max(...occurrences.map((o) => o.event.updatedAt.getTime())));
  const sequence = Math.max(...occurrences.map((o) => Math.max(0, Math.trunc(o.event.sequence))));
  const length = base.event.end.getTime() - base.event.start.getTime();
  const endWall = (startUtc: number, event: CalendarEventInput) =>
    allDay
      ? startUtc + Math.max(1, Math.round((event.end.getTime() - event.start.getTime()) / DAY_MS)) * DAY_MS
      : wallOf(startUtc + Math.max(0, event.end.getTime() - event.start.getTime()));
  const common = (event: CalendarEventInput) => [
    ...textLines(event),
    ...(event.url ? [`URL:${uriValue(event.url)}`] : []),
    ...(event.organizer ? [organizerLine(event.organizer)] : []),
    `STATUS:${statusValue(event.status)}`,
  ];
  const head = (event: CalendarEventInput) => [
    "BEGIN:VEVENT",
    `UID:${escapeText(group.uid)}`,
    `DTSTAMP:${utcStamp(updated)}`,
    `LAST-MODIFIED:${utcStamp(event.updatedAt)}`,
    `SEQUENCE:${sequence}`,
  ];
  const lines = [
    ...head(base.event),
    `DTSTART${value(first)}`,
    `DTEND${value(allDay ? endWall(first, base.event) : wallOf(toUtc(zone, first) + length))}`,
    ...(rule ? [`RRULE:${rule};UNTIL=${until}`] : []),
    ...(exdates.length > 0 ? [`EXDATE${list(exdates)}`] : []),
    ...(rdates.length > 0 ? [`RDATE${list(rdates)}`] : []),
    ...common(base.event),
    "END:VEVENT",
  ];
  for (const o of occurrences) {
    const start = o.event.start.getTime();
    if (look(o.event, allDay) === commonLook && start === o.original) continue;
    const startWall = allDay ? Math.floor(start / DAY_MS) * DAY_MS : wallOf(start);
    lines.push(
      ...head(o.event),
      `RECURRENCE-ID${value(wallOf(o.original))}`,
      `DTSTART${value(startWall)}`,
      `DTEND${value(endWall(allDay ? startWall : start, o.event))}`,
      ...common(o.event),
      "END:VEVENT",
    );
  }
  return { lines, zone: name, from: occurrences[0]?.original ?? 0 };
}
