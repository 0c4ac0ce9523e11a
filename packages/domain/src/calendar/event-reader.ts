// Reading one VEVENT into a record with resolved times. Anything that makes the event unusable throws a
// CalendarDataError carrying the line, so the caller can report it and skip just this event.
import { type Component, type ContentLine, param, splitList, unescapeText } from "./content-lines";
import { parseRecurrenceRule, type RecurrenceRule } from "./rrule";
import type { EventStatus, Organizer } from "./types";
import { resolveTzid } from "./tzid";
import {
  CalendarDataError,
  DAY_MS,
  type DateValue,
  type Duration,
  parseDateValue,
  parseDuration,
} from "./values";
import { toUtc, UTC_ZONE, type Zone } from "./zones";

export interface ResolvedTime {
  allDay: boolean;
  /** Local wall time in `zone` (for all-day values: the date at 00:00 in UTC_ZONE). */
  wall: number;
  zone: Zone;
  utc: number;
  kind: DateValue["kind"];
}

export interface EventRecord {
  line: number;
  uid: string;
  recurrenceId: ResolvedTime | null;
  start: ResolvedTime;
  duration: Duration;
  timeZone: string | null;
  title: string;
  description: string | null;
  location: string | null;
  url: string | null;
  status: EventStatus;
  sequence: number;
  updatedAt: Date | null;
  organizer: Organizer | null;
  rules: { rule: RecurrenceRule; line: number }[];
  exdates: ResolvedTime[];
  rdates: { time: ResolvedTime; duration: Duration | null }[];
}

export interface ReadContext {
  vtimezones: ReadonlyMap<string, Component>;
  /** Zone for floating times. */
  floatingZone: Zone;
  /** The calendar's zone name (X-WR-TIMEZONE or the caller's default), used to label UTC/floating times. */
  calendarZoneName: string | null;
  zoneCache: Map<string, Zone | null>;
}

export function resolveTime(value: DateValue, ctx: ReadContext, line: number): ResolvedTime {
  switch (value.kind) {
    case "date":
      return { allDay: true, wall: value.wall, zone: UTC_ZONE, utc: value.wall, kind: value.kind };
    case "utc":
      return { allDay: false, wall: value.wall, zone: UTC_ZONE, utc: value.wall, kind: value.kind };
    case "floating":
      return { ...value, allDay: false, zone: ctx.floatingZone, utc: toUtc(ctx.floatingZone, value.wall) };
    case "zoned": {
      if (!ctx.zoneCache.has(value.tzid))
        ctx.zoneCache.set(value.tzid, resolveTzid(value.tzid, ctx.vtimezones));
      const zone = ctx.zoneCache.get(value.tzid);
      if (!zone) throw new CalendarDataError(line, `Unknown time zone "${value.tzid}"`);
      return { allDay: false, wall: value.wall, zone, utc: toUtc(zone, value.wall), kind: value.kind };
    }
  }
}

function readTime(prop: ContentLine, ctx: ReadContext, raw = prop.value): ResolvedTime {
  const value = parseDateValue(raw, param(prop, "VALUE"), param(prop, "TZID"));
  if (typeof value === "string") throw new CalendarDataError(prop.line, `${prop.name}: ${value}`);
  return resolveTime(value, ctx, prop.line);
}

/** The UTC end of an occurrence starting at `wall` in `zone`: nominal days in wall time, then exact time. */
export function endOf(zone: Zone, wall: number, duration: Duration): number {
  return toUtc(zone, wall + duration.days * DAY_MS) + duration.ms;
}

function readDuration(prop: ContentLine): Duration {
  const duration = parseDuration(prop.value);
  if (!duration)
    throw new CalendarDataError(prop.line, `${prop.name}: "${prop.value}" is not a valid duration`);
  return duration;
}

function eventDuration(
  start: ResolvedTime,
  dtend: ContentLine | undefined,
  durationProp: ContentLine | undefined,
  ctx: ReadContext,
): Duration {
  if (dtend) {
    const end = readTime(dtend, ctx);
    if (end.allDay !== start.allDay) {
      throw new CalendarDataError(
        dtend.line,
        "DTEND must be a date when DTSTART is a date, and a date-time otherwise",
      );
    }
    if (start.allDay) return { days: Math.max(1, Math.round((end.wall - start.wall) / DAY_MS)), ms: 0 };
    if (end.utc < start.utc) throw new CalendarDataError(dtend.line, "DTEND is before DTSTART");
    return { days: 0, ms: end.utc - start.utc };
  }
  if (durationProp) {
    const d = readDuration(durationProp);
    return start.allDay ? { days: Math.max(1, d.days + Math.floor(d.ms / DAY_MS)), ms: 0 } : d;
  }
  // RFC 5545 §3.6.1: a date DTSTART alone lasts the day; a date-time DTSTART alone has no length.
  return start.allDay ? { days: 1, ms: 0 } : { days: 0, ms: 0 };
}

function readStatus(value: string | undefined): EventStatus {
  const upper = value?.trim().toUpperCase();
  return upper === "CANCELLED" ? "cancelled" : upper === "TENTATIVE" ? "tentative" : "confirmed";
}

function readUtcStamp(prop: ContentLine | undefined): Date | null {
  const value = prop ? parseDateValue(prop.value) : null;
  return value && typeof value !== "string" && value.kind !== "date" ? new Date(value.wall) : null;
}

function readOrganizer(prop: ContentLine | undefined): Organizer | null {
  if (!prop) return null;
  const email = prop.value.trim().replace(/^mailto:/i, "");
  if (email === "") return null;
  return { email, name: param(prop, "CN")?.trim() || null };
}

// A missing UID is tolerated with a stable stand-in derived from the event, so re-imports match.
function fallbackUid(seed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return `no-uid-${hash.toString(16).padStart(8, "0")}`;
}

export function readEvent(component: Component, ctx: ReadContext): EventRecord {
  const first = (name: string) => component.props.find((p) => p.name === name);
  const all = (name: string) => component.props.filter((p) => p.name === name);
  const text = (name: string) => {
    const prop = first(name);
    return prop ? unescapeText(prop.value) : null;
  };
  const dtstart = first("DTSTART");
  if (!dtstart) throw new CalendarDataError(component.line, "Event has no DTSTART");
  const start = readTime(dtstart, ctx);
  const recurrenceIdProp = first("RECURRENCE-ID");
  const title = text("SUMMARY") ?? "";
  const uid = text("UID")?.trim() || fallbackUid(`${dtstart.value}|${title}`);

  const rules = all("RRULE").map((prop) => {
    try {
      return { rule: parseRecurrenceRule(prop.value), line: prop.line };
    } catch (error) {
      throw new CalendarDataError(prop.line, error instanceof Error ? error.message : String(error));
    }
  });
  const exdates = all("EXDATE").flatMap((prop) =>
    splitList(prop.value).map((item) => readTime(prop, ctx, item)),
  );
  const rdates = all("RDATE").flatMap((prop) =>
    splitList(prop.value).map((item) => {
      // VALUE=PERIOD: "start/end" or "start/duration".
      const [from, to] = item.split("/");
      const time = readTime(prop, ctx, from ?? item);
      if (to === undefined) return { time, duration: null };
      if (/^[+P]/i.test(to)) return { time, duration: readDuration({ ...prop, value: to }) };
      return { time, duration: { days: 0, ms: Math.max(0, readTime(prop, ctx, to).utc - time.utc) } };
    }),
  );

  const stamp = readUtcStamp(first("LAST-MODIFIED")) ?? readUtcStamp(first("DTSTAMP"));
  const sequence = Number(first("SEQUENCE")?.value.trim() ?? "0");
  const timeZone =
    start.kind === "zoned"
      ? start.zone.ianaName
      : start.kind === "date"
        ? null
        : (ctx.calendarZoneName ?? (start.kind === "utc" ? "UTC" : null));
  return {
    line: component.line,
    uid,
    recurrenceId: recurrenceIdProp ? readTime(recurrenceIdProp, ctx) : null,
    start,
    duration: eventDuration(start, first("DTEND"), first("DURATION"), ctx),
    timeZone,
    title,
    description: text("DESCRIPTION"),
    location: text("LOCATION"),
    url: first("URL")?.value.trim() || null,
    status: readStatus(first("STATUS")?.value),
    sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
    updatedAt: stamp,
    organizer: readOrganizer(first("ORGANIZER")),
    rules,
    exdates,
    rdates,
  };
}
