// Words people read: counted nouns and dates, shared by the web app and the emails.
export {
  dayWords,
  endOfWeek,
  fullDayWords,
  instantDayWords,
  relativeDayWords,
  shortDayWords,
  timeWords,
  weekOfWords,
  weekStartOf,
} from "./dates";
export {
  countAtLeast,
  countOf,
  DEFAULT_LOCALE,
  LOCALE_CHOICES,
  type LocaleTag,
  NOUNS,
  type NounForms,
  nounFor,
  safeLocale,
} from "./plural";
