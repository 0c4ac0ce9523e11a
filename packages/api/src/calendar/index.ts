export { type CalendarDocument, eventDocument, feedDocument } from "./feeds";
export {
  importWindow,
  parseForImport,
  readCalendarSource,
  readCalendarSourceById,
  refreshStaleSources,
} from "./read-source";
export {
  type CalendarFetcher,
  defaultCalendarFetcher,
  offlineCalendarFetcher,
  type SafeFetchOptions,
  type SafeFetchResult,
  safeFetchCalendar,
} from "./safe-fetch";
export { getMyTimeBlock, weeklyBlockFor } from "./time-block";
