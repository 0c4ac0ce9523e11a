// Calendar rules: reading iCalendar feeds teams share, and writing the team's events as a feed.

export { parseCalendar } from "./parse-calendar";
export { subscribeLinks } from "./subscribe-links";
export type {
  CalendarEventInput,
  CalendarProblem,
  EventStatus,
  ImportedEvent,
  Organizer,
  ParseCalendarOptions,
  ParsedCalendar,
  TimeWindow,
  Weekday,
  WeeklyBlockInput,
  WriteCalendarInput,
} from "./types";
export { knownWindowsZones, windowsZoneToIana } from "./windows-zones";
export { calendarContentType, escapeText, foldLine, writeCalendar } from "./write-calendar";
