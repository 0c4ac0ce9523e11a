// Dates, weeks and time zones: the calendar every goal, digest and tip is scheduled on.
export {
  addDays,
  type CalendarDate,
  daysBetween,
  formatLocalDate,
  isoWeekday,
  isValidLocalDate,
  parseLocalDate,
} from "./calendar-dates";
export {
  addIsoWeeks,
  formatIsoWeekKey,
  type IsoWeek,
  isoWeek,
  isoWeekIndex,
  isoWeekKey,
  isoWeekOfDate,
  isoWeeksBetween,
  isoWeeksInYear,
  isValidIsoWeekKey,
  mondayOfIsoWeek,
  parseIsoWeekKey,
  startOfIsoWeek,
} from "./iso-weeks";
export { clampInstant, clampLocalDate, isSaneLocalDate, SANE_DATES, saneDateProblem } from "./sane-dates";
export { startingTimeZone } from "./starting-zone";
export {
  isValidTimeZone,
  type LocalDateTime,
  localDate,
  type ZonedParts,
  zonedParts,
  zonedTimeToUtc,
} from "./zoned-time";
