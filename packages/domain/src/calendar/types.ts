// The plain shapes that cross the calendar area's boundary.

export type EventStatus = "confirmed" | "tentative" | "cancelled";

/** iCalendar two-letter weekday codes (RFC 5545 §3.3.10). */
export type Weekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

export interface Organizer {
  email: string;
  name: string | null;
}

/** Something in the file we could not use, with the 1-based line it starts on. */
export interface CalendarProblem {
  line: number;
  message: string;
}

/**
 * One event (or one occurrence of a recurring event) as imported.
 * All-day events: `startDate`/`endDate` ('YYYY-MM-DD', end exclusive) are authoritative; `start`/`end` are
 * those dates at 00:00 UTC so that everything sorts on one axis, and `timeZone` is null.
 */
export interface ImportedEvent {
  /** The event's UID, or `${uid}#${original start as ISO UTC}` for an occurrence of a series. */
  uid: string;
  /** The UID of the VEVENT(s) this came from; equal to `uid` for a single event. */
  seriesUid: string;
  title: string;
  description: string | null;
  location: string | null;
  url: string | null;
  start: Date;
  end: Date;
  allDay: boolean;
  startDate: string | null;
  endDate: string | null;
  /** IANA zone the times were written in (the calendar's zone for UTC or floating times), if known. */
  timeZone: string | null;
  status: EventStatus;
  sequence: number;
  /** For occurrences: the original start (ISO UTC) this occurrence stands for, even if it was moved. */
  recurrenceId?: string;
  /** LAST-MODIFIED, else DTSTAMP. */
  updatedAt: Date | null;
  organizer: Organizer | null;
}

export interface TimeWindow {
  from: Date;
  to: Date;
}

export interface ParseCalendarOptions {
  /** Events (and occurrences) that overlap this window are returned; recurrences are expanded only here. */
  window: TimeWindow;
  /** Cap on returned events, earliest first. Default 2000. */
  maxEvents?: number;
  /** Zone for floating times when the calendar names none (X-WR-TIMEZONE). Default UTC. */
  defaultTimeZone?: string;
}

export interface ParsedCalendar {
  /** X-WR-CALNAME, else NAME (RFC 7986). */
  name: string | null;
  events: ImportedEvent[];
  problems: CalendarProblem[];
}

export interface CalendarEventInput {
  uid: string;
  sequence: number;
  title: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  start: Date;
  end: Date;
  allDay: boolean;
  /** Timed events are written in UTC; for all-day events the dates are the calendar dates of start/end here. */
  timeZone?: string | null;
  status: EventStatus;
  updatedAt: Date;
  organizer?: Organizer | null;
}

/** A weekly recurring block, e.g. "networking time, Tue and Thu 12:00–13:00 Europe/Berlin". */
export interface WeeklyBlockInput {
  uid: string;
  title: string;
  description?: string | null;
  byDay: readonly Weekday[];
  /** Local wall-clock start, "HH:MM". */
  startTime: string;
  durationMinutes: number;
  /** IANA zone name; the block keeps its wall-clock time across DST changes. */
  timeZone: string;
  /** First day the block may occur, 'YYYY-MM-DD' (the first occurrence is the first matching day). */
  startDate: string;
  /** Last day it may occur, 'YYYY-MM-DD', inclusive. */
  untilDate?: string | null;
  sequence?: number;
  updatedAt: Date;
}

export interface WriteCalendarInput {
  name: string;
  events: readonly CalendarEventInput[];
  weeklyBlock?: WeeklyBlockInput | null;
  /** Default "-//Rapport//Rapport//EN". */
  prodId?: string;
}
