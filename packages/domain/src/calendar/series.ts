// A recurring event's occurrences in a window: DTSTART + RRULE + RDATE − EXDATE, with RECURRENCE-ID
// overrides standing in for the occurrences they replace.
import { type EventRecord, endOf, type ResolvedTime } from "./event-reader";
import { expandRule } from "./rrule";
import type { ImportedEvent, TimeWindow } from "./types";
import { DAY_MS, type Duration, isoDate } from "./values";
import { toUtc, toWall } from "./zones";

function overlaps(start: number, end: number, window: TimeWindow): boolean {
  const from = window.from.getTime();
  const to = window.to.getTime();
  return start < to && (end > from || (end === start && start >= from));
}

function toEvent(
  record: EventRecord,
  startWall: number,
  startUtc: number,
  duration: Duration,
  occurrenceOf: number | null,
): ImportedEvent {
  const { start } = record;
  const endUtc = endOf(start.zone, startWall, duration);
  const recurrenceId = occurrenceOf === null ? null : new Date(occurrenceOf).toISOString();
  return {
    uid: recurrenceId === null ? record.uid : `${record.uid}#${recurrenceId}`,
    seriesUid: record.uid,
    title: record.title,
    description: record.description,
    location: record.location,
    url: record.url,
    start: new Date(startUtc),
    end: new Date(endUtc),
    allDay: start.allDay,
    startDate: start.allDay ? isoDate(startWall) : null,
    endDate: start.allDay ? isoDate(toWall(start.zone, endUtc)) : null,
    timeZone: record.timeZone,
    status: record.status,
    sequence: record.sequence,
    ...(recurrenceId === null ? {} : { recurrenceId }),
    updatedAt: record.updatedAt,
    organizer: record.organizer,
  };
}

function spanMs(d: Duration): number {
  return d.days * DAY_MS + d.ms;
}

/**
 * Events for one UID: a master (or null when only overrides were shared with us) and its overrides.
 * Returns at most `limit` events that overlap the window, in no particular order. `budget` is shared by
 * all series of a calendar (see ExpandOptions.budget).
 */
export function expandSeries(
  master: EventRecord | null,
  overrides: readonly EventRecord[],
  window: TimeWindow,
  limit: number,
  budget: { days: number },
): ImportedEvent[] {
  const out: ImportedEvent[] = [];
  const isSeries =
    overrides.length > 0 || (master !== null && (master.rules.length > 0 || master.rdates.length > 0));
  if (master && !isSeries) {
    const event = toEvent(master, master.start.wall, master.start.utc, master.duration, null);
    return overlaps(event.start.getTime(), event.end.getTime(), window) ? [event] : [];
  }
  // Exchange moves an occurrence of an all-day series with RECURRENCE-ID;TZID=…:20260226T000000: the day,
  // not the instant, says which occurrence it replaces (all-day occurrences are keyed by their date).
  const originalOf = (o: EventRecord): number => {
    const id = o.recurrenceId;
    if (!id) return o.start.utc;
    return master?.start.allDay && !id.allDay ? Math.floor(id.wall / DAY_MS) * DAY_MS : id.utc;
  };
  const overridden = new Set(overrides.map(originalOf));
  if (master) {
    const { start, duration } = master;
    const starts = new Map<number, { wall: number; duration: Duration }>();
    const add = (t: ResolvedTime, d: Duration | null) => {
      // An RDATE may be written in another zone than DTSTART; place it on the series' wall clock.
      if (!starts.has(t.utc)) starts.set(t.utc, { wall: toWall(start.zone, t.utc), duration: d ?? duration });
    };
    add(start, null);
    // Wall and UTC differ by at most ~14 hours; a two-day margin keeps every candidate that could overlap.
    const longest = master.rdates.reduce(
      (max, r) => Math.max(max, r.duration ? spanMs(r.duration) : 0),
      spanMs(duration),
    );
    const notBefore = window.from.getTime() - longest - 2 * DAY_MS;
    const notAfter = window.to.getTime() + 2 * DAY_MS;
    for (const { rule } of master.rules) {
      const until = rule.until;
      const walls = expandRule(rule, start.wall, {
        notBefore,
        notAfter,
        pastUntil: (wall) => {
          if (until === null) return false;
          if (until.kind === "utc") return toUtc(start.zone, wall) > until.wall;
          if (until.kind === "date") return Math.floor(wall / DAY_MS) * DAY_MS > until.wall;
          return wall > until.wall;
        },
        // Room for what EXDATEs and overrides will remove, and for the margins either side of the window.
        maxResults: limit + master.exdates.length + overrides.length + 5 + Math.ceil(longest / DAY_MS),
        budget,
      });
      for (const wall of walls) {
        const utc = toUtc(start.zone, wall);
        if (!starts.has(utc)) starts.set(utc, { wall, duration });
      }
    }
    for (const rdate of master.rdates) add(rdate.time, rdate.duration);
    const excludedInstants = new Set(
      master.exdates.filter((e) => e.allDay === start.allDay).map((e) => e.utc),
    );
    // A date-only EXDATE on a timed series removes that day's occurrence.
    const excludedDays = new Set(
      master.exdates.filter((e) => e.allDay && !start.allDay).map((e) => isoDate(e.wall)),
    );
    const sorted = [...starts.entries()].sort(([a], [b]) => a - b);
    for (const [utc, occurrence] of sorted) {
      if (out.length >= limit) break;
      if (excludedInstants.has(utc) || excludedDays.has(isoDate(occurrence.wall)) || overridden.has(utc))
        continue;
      const event = toEvent(master, occurrence.wall, utc, occurrence.duration, utc);
      if (overlaps(event.start.getTime(), event.end.getTime(), window)) out.push(event);
    }
  }
  for (const override of overrides) {
    if (out.length >= limit) break;
    const original = originalOf(override);
    const event = toEvent(override, override.start.wall, override.start.utc, override.duration, original);
    if (overlaps(event.start.getTime(), event.end.getTime(), window)) out.push(event);
  }
  return out;
}
