// Reading one VEVENT into a record with resolved times. Anything that makes the event unusable throws a
// CalendarDataError carrying the line, so the caller can report it and skip just this event.
import { type Component, type ContentLine, param, splitList, unescapeText } from "./content-lines";
import { parseRecurrenceRule, type RecurrenceRule } from "./rrule";
import type { CalendarProblem, EventStatus, Organizer } from "./types";
import { resolveTzid } from "./tzid";
import {
  CalendarDataError,
  DAY_MS,
  type DateValue,
  type Duration,
  parseDateValue,
  parseDuration,
} from "./values";
import { displayNameOffset } from "./windows-zones";
import { fixedZone, toUtc, UTC_ZONE, type Zone } from "./zones";

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
  zoneCache: Map<string, Zone>;
  /** Things we read around rather than dropping the event for; each costs the person a line of explanation. */
  problems: CalendarProblem[];
}

function formatOffset(ms: number): string {
  const abs = Math.abs(ms) / 60_000;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `UTC${ms < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A TZID we cannot resolve still leaves usable times: an Outlook display name's own "(UTC+05:30)" label, else
 * the calendar's zone for floating times. Said once per TZID, at its first use.
 */
function zoneFor(tzid: string, ctx: ReadContext, line: number): Zone {
  const cached = ctx.zoneCache.get(tzid);
  if (cached) return cached;
  let zone = resolveTzid(tzid, ctx.vtimezones);
  if (!zone) {
    const offset = displayNameOffset(tzid);
    if (offset !== null) {
      zone = fixedZone(offset);
      ctx.problems.push({
        line,
        message: `Unknown time zone "${tzid}": times were read at its fixed offset ${formatOffset(offset)}, without daylight saving`,
      });
    } else {
      zone = ctx.floatingZone;
      ctx.problems.push({
        line,
        message: `Unknown time zone "${tzid}" and no VTIMEZONE for it: times were read as ${ctx.floatingZone.ianaName ?? "the calendar's zone"}`,
      });
    }
  }
  ctx.zoneCache.set(tzid, zone);
  return zone;
}

function resolveTime(value: DateValue, ctx: ReadContext, line: number): ResolvedTime {
  switch (value.kind) {
    case "date":
      return { allDay: true, wall: value.wall, zone: UTC_ZONE, utc: value.wall, kind: value.kind };
    case "utc":
      return { allDay: false, wall: value.wall, zone: UTC_ZONE, utc: value.wall, kind: value.kind };
    case "floating":
      return { ...value, allDay: false, zone: ctx.floatingZone, utc: toUtc(ctx.floatingZone, value.wall) };
    case "zoned": {
      const zone = zoneFor(value.tzid, ctx, line);
      return { allDay: false, wall: value.wall, zone, utc: toUtc(zone, value.wall), kind: value.kind };
    }
  }
}

function readTime(prop: ContentLine, ctx: ReadContext, raw = prop.value): ResolvedTime {
  // TZID is a single value; an unquoted "(GMT+10:00) Canberra, Melbourne, Sydney" arrives split on commas.
  const tzid = prop.params.get("TZID")?.join(",");
  const valueType = param(prop, "VALUE");
  const dateWithTime = /^\s*(\d{8})T\d{6}Z?\s*$/i.exec(raw);
  if (valueType?.toUpperCase() === "DATE" && dateWithTime?.[1]) {
    ctx.problems.push({
      line: prop.line,
      message: `${prop.name}: "${raw.trim()}" is marked as a date but carries a time; the time was ignored`,
    });
    raw = dateWithTime[1];
  }
  const value = parseDateValue(raw, valueType, tzid);
  if (typeof value === "string") throw new CalendarDataError(prop.line, `${prop.name}: ${value}`);
  return resolveTime(value, ctx, prop.line);
}

/** Reads an optional property; when it is unreadable the problem is noted and the event goes on without it. */
function lenient<T>(ctx: ReadContext, read: () => T, consequence: string): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof CalendarDataError)) throw error;
    ctx.problems.push({ line: error.line, message: `${error.message}; ${consequence}` });
    return null;
  }
}

/** The UTC end of an occurrence starting at `wall` in `zone`: nominal days in wall time, then exact time. */
export function endOf(zone: Zone, wall: number, duration: Duration): number {
  return toUtc(zone, wall + duration.days * DAY_MS) + duration.ms;
}

const MAX_DURATION_DAYS = 36_525;

function readDuration(prop: ContentLine): Duration {
  // "PT1W" (weeks after the T) is not RFC 5545, but its meaning is plain and some exporters write it.
  const duration = parseDuration(prop.value.replace(/^(\s*[+]?P)T(\d+W)\s*$/i, "$1$2"));
  if (!duration)
    throw new CalendarDataError(prop.line, `${prop.name}: "${prop.value}" is not a valid duration`);
  // Beyond any real event, and past what Date can hold once added to a start.
  if (duration.days + duration.ms / DAY_MS > MAX_DURATION_DAYS) {
    throw new CalendarDataError(prop.line, `${prop.name}: "${prop.value}" is longer than 100 years`);
  }
  return duration;
}

function eventDuration(
  start: ResolvedTime,
  dtend: ContentLine | undefined,
  durationProp: ContentLine | undefined,
  ctx: ReadContext,
): Duration {
  const fallback = "the event was given its default length";
  const fromEnd = (end: ResolvedTime): Duration => {
    if (end.allDay !== start.allDay) {
      throw new CalendarDataError(
        dtend?.line ?? 0,
        "DTEND must be a date when DTSTART is a date, and a date-time otherwise",
      );
    }
    if (start.allDay) return { days: Math.max(1, Math.round((end.wall - start.wall) / DAY_MS)), ms: 0 };
    if (end.utc < start.utc) throw new CalendarDataError(dtend?.line ?? 0, "DTEND is before DTSTART");
    return { days: 0, ms: end.utc - start.utc };
  };
  const fromDtend = dtend ? lenient(ctx, () => fromEnd(readTime(dtend, ctx)), fallback) : null;
  if (fromDtend) return fromDtend;
  const d = durationProp && !dtend ? lenient(ctx, () => readDuration(durationProp), fallback) : null;
  if (d) return start.allDay ? { days: Math.max(1, d.days + Math.floor(d.ms / DAY_MS)), ms: 0 } : d;
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
    // Google exports have been seen with "RRULE:RRULE:FREQ=…"; the rule after the second prefix is intact.
    const doubled = /^\s*RRULE:/i.test(prop.value);
    if (doubled) {
      ctx.problems.push({
        line: prop.line,
        message: 'RRULE value starts with a doubled "RRULE:"; read the rule after it',
      });
    }
    try {
      return { rule: parseRecurrenceRule(prop.value.replace(/^\s*RRULE:/i, "")), line: prop.line };
    } catch (error) {
      throw new CalendarDataError(prop.line, error instanceof Error ? error.message : String(error));
    }
  });
  const exdates = all("EXDATE").flatMap((prop) =>
    splitList(prop.value).flatMap(
      (item) => lenient(ctx, () => readTime(prop, ctx, item), "that date stays in the series") ?? [],
    ),
  );
  const readRdate = (prop: ContentLine, item: string) => {
    // VALUE=PERIOD: "start/end" or "start/duration".
    const [from, to] = item.split("/");
    const time = readTime(prop, ctx, from ?? item);
    if (to === undefined) return { time, duration: null };
    if (/^[+P]/i.test(to)) return { time, duration: readDuration({ ...prop, value: to }) };
    return { time, duration: { days: 0, ms: Math.max(0, readTime(prop, ctx, to).utc - time.utc) } };
  };
  const rdates = all("RDATE").flatMap((prop) =>
    splitList(prop.value).flatMap(
      (item) => lenient(ctx, () => readRdate(prop, item), "that extra date was skipped") ?? [],
    ),
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
