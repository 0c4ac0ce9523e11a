// writeCalendar: RFC 5545 text for subscribing to a team's events (METHOD:PUBLISH).
import { WEEKDAY_CODES } from "./rrule";
import type {
  CalendarEventInput,
  EventStatus,
  Organizer,
  WeeklyBlockInput,
  WriteCalendarInput,
} from "./types";
import { utf8Length } from "./utf8";
import { civil, DAY_MS, icsDate, icsDateTime, parseIsoDate } from "./values";
import { vtimezoneLines } from "./vtimezone-writer";
import { ianaZone, toUtc, toWall, UTC_ZONE } from "./zones";

export const calendarContentType = "text/calendar; charset=utf-8";

const DEFAULT_PROD_ID = "-//Rapport//Rapport//EN";
const MAX_LINE_OCTETS = 75;

/** Control characters may not appear in iCalendar values (RFC 5545 §3.1); drop all but those in `keep`. */
function dropControls(value: string, keep = ""): string {
  let out = "";
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if ((code < 0x20 || code === 0x7f) && !keep.includes(ch)) continue;
    out += ch;
  }
  return out;
}

/** TEXT escaping (RFC 5545 §3.3.11); other control characters (tab aside) are dropped. */
export function escapeText(value: string): string {
  return dropControls(value.replace(/\r\n?/g, "\n"), "\t\n")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (RFC 5545 §3.1), counting the leading
 * space of continuation lines, and never splitting a UTF-8 character. Lines are joined with CRLF + space.
 */
export function foldLine(line: string): string {
  if (utf8Length(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

// Sub-second precision has no iCalendar form; times are written to the second.
function utcStamp(date: Date): string {
  return `${icsDateTime(Math.floor(date.getTime() / 1000) * 1000)}Z`;
}

function statusValue(status: EventStatus): string {
  return status.toUpperCase();
}

// URIs are not TEXT: no escaping, but a line break would end the property, so control characters go.
function uriValue(value: string): string {
  return dropControls(value).trim();
}

function quoteParam(value: string): string {
  // RFC 6868 carets carry what a parameter value cannot hold.
  const encoded = dropControls(
    value
      .replace(/\^/g, "^^")
      .replace(/\r\n?|\n/g, "^n")
      .replace(/"/g, "^'"),
  );
  return /[;:,]/.test(encoded) ? `"${encoded}"` : encoded;
}

function organizerLine(organizer: Organizer): string {
  const cn = organizer.name ? `;CN=${quoteParam(organizer.name)}` : "";
  return `ORGANIZER${cn}:mailto:${uriValue(organizer.email)}`;
}

function textLines(event: {
  title: string;
  description?: string | null;
  location?: string | null;
}): string[] {
  return [
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
  ];
}

/**
 * All-day dates are the calendar dates of start and of the last instant before end, in the event's zone;
 * DTEND is the (exclusive) day after that, and at least one day after DTSTART.
 */
function allDayDates(event: CalendarEventInput): [string, string] {
  const zone = (event.timeZone ? ianaZone(event.timeZone) : null) ?? UTC_ZONE;
  const startDay = Math.floor(toWall(zone, event.start.getTime()) / DAY_MS) * DAY_MS;
  const lastDay = Math.floor(toWall(zone, event.end.getTime() - 1) / DAY_MS) * DAY_MS;
  return [icsDate(startDay), icsDate(Math.max(lastDay, startDay) + DAY_MS)];
}

function eventLines(event: CalendarEventInput): string[] {
  const [startDate, endDate] = event.allDay ? allDayDates(event) : [];
  const end = event.end.getTime() < event.start.getTime() ? event.start : event.end;
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    // DTSTAMP follows the data rather than the clock, so an unchanged feed is byte-identical (cacheable).
    `DTSTAMP:${utcStamp(event.updatedAt)}`,
    `LAST-MODIFIED:${utcStamp(event.updatedAt)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    event.allDay ? `DTSTART;VALUE=DATE:${startDate}` : `DTSTART:${utcStamp(event.start)}`,
    event.allDay ? `DTEND;VALUE=DATE:${endDate}` : `DTEND:${utcStamp(end)}`,
    ...textLines(event),
    ...(event.url ? [`URL:${uriValue(event.url)}`] : []),
    ...(event.organizer ? [organizerLine(event.organizer)] : []),
    `STATUS:${statusValue(event.status)}`,
    "END:VEVENT",
  ];
}

/** The wall time of the block's first occurrence: the first listed weekday on or after startDate. */
function firstBlockStart(block: WeeklyBlockInput, weekdays: readonly number[]): number {
  const first = parseIsoDate(block.startDate);
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(block.startTime);
  if (first === null)
    throw new RangeError(`weeklyBlock.startDate "${block.startDate}" is not a YYYY-MM-DD date`);
  if (!time) throw new RangeError(`weeklyBlock.startTime "${block.startTime}" is not HH:MM`);
  let day = first;
  while (!weekdays.includes(civil(day).weekday)) day += DAY_MS;
  return day + (Number(time[1]) * 60 + Number(time[2])) * 60_000;
}

/**
 * The block is written with TZID and its IANA name, not in UTC: RRULE repeats DTSTART's wall-clock time in
 * DTSTART's zone, so a UTC DTSTART would move "Tuesdays 12:00 Berlin" to 11:00 or 13:00 after each DST change.
 */
function blockLines(block: WeeklyBlockInput): { vtimezone: string[]; event: string[] } {
  const zone = ianaZone(block.timeZone);
  if (!zone) throw new RangeError(`weeklyBlock.timeZone "${block.timeZone}" is not a known IANA time zone`);
  const weekdays = [...new Set(block.byDay.map((d) => WEEKDAY_CODES.indexOf(d)))].sort((a, b) => a - b);
  if (weekdays.length === 0 || weekdays.includes(-1))
    throw new RangeError("weeklyBlock.byDay needs weekday codes");
  if (!Number.isInteger(block.durationMinutes) || block.durationMinutes < 1 || block.durationMinutes > 1440) {
    throw new RangeError("weeklyBlock.durationMinutes must be a whole number from 1 to 1440");
  }
  const startWall = firstBlockStart(block, weekdays);
  const endWall = startWall + block.durationMinutes * 60_000;
  let until = "";
  if (block.untilDate) {
    const last = parseIsoDate(block.untilDate);
    if (last === null)
      throw new RangeError(`weeklyBlock.untilDate "${block.untilDate}" is not a YYYY-MM-DD date`);
    // With a TZID DTSTART, UNTIL must be UTC (RFC 5545 §3.3.10): the end of that local day.
    until = `;UNTIL=${utcStamp(new Date(toUtc(zone, last + DAY_MS) - 1000))}`;
  }
  const tzid = `TZID=${quoteParam(block.timeZone)}`;
  return {
    vtimezone: vtimezoneLines(block.timeZone, toUtc(zone, startWall)),
    event: [
      "BEGIN:VEVENT",
      `UID:${escapeText(block.uid)}`,
      `DTSTAMP:${utcStamp(block.updatedAt)}`,
      `LAST-MODIFIED:${utcStamp(block.updatedAt)}`,
      `SEQUENCE:${Math.max(0, Math.trunc(block.sequence ?? 0))}`,
      `DTSTART;${tzid}:${icsDateTime(startWall)}`,
      `DTEND;${tzid}:${icsDateTime(endWall)}`,
      `RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=${weekdays.map((d) => WEEKDAY_CODES[d]).join(",")}${until}`,
      ...textLines(block),
      "STATUS:CONFIRMED",
      "TRANSP:OPAQUE",
      "END:VEVENT",
    ],
  };
}

/** The calendar as iCalendar text with CRLF line ends; events are ordered by start, then UID. */
export function writeCalendar(input: WriteCalendarInput): string {
  const block = input.weeklyBlock ? blockLines(input.weeklyBlock) : null;
  const events = [...input.events].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
  );
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(input.prodId ?? DEFAULT_PROD_ID)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `NAME:${escapeText(input.name)}`,
    // A polling hint for subscribers (RFC 7986 and Outlook's older property).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...(block ? block.vtimezone : []),
    ...events.flatMap(eventLines),
    ...(block ? block.event : []),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
