// writeCalendar: RFC 5545 text for subscribing to a team's events (METHOD:PUBLISH).

import {
  escapeText,
  foldLine,
  organizerLine,
  quoteParam,
  statusValue,
  textLines,
  uriValue,
  utcStamp,
} from "./ics-lines";
import { WEEKDAY_CODES } from "./rrule";
import { groupSeries, seriesLines } from "./series-writer";
import type { CalendarEventInput, WeeklyBlockInput, WriteCalendarInput } from "./types";
import { civil, DAY_MS, icsDate, icsDateTime, parseIsoDate } from "./values";
import { vtimezoneLines } from "./vtimezone-writer";
import { ianaZone, toUtc, toWall, UTC_ZONE } from "./zones";

export { escapeText, foldLine };

export const calendarContentType = "text/calendar; charset=utf-8";

const DEFAULT_PROD_ID = "-//Rapport//Rapport//EN";
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
  const { singles, series } = groupSeries(input.events);
  const seriesParts = series.map(seriesLines);
  // One VTIMEZONE per zone a series repeats in, defined from the series' first occurrence.
  const zones = new Map<string, number>();
  for (const { zone, from } of seriesParts) {
    if (zone && from < (zones.get(zone) ?? Number.POSITIVE_INFINITY)) zones.set(zone, from);
  }
  if (input.weeklyBlock) zones.delete(input.weeklyBlock.timeZone);
  const vtimezones = [...zones.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([zone, from]) => vtimezoneLines(zone, from));
  const events = [...singles].sort(
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
    ...vtimezones,
    ...events.flatMap(eventLines),
    ...seriesParts.flatMap((part) => part.lines),
    ...(block ? block.event : []),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
