// The web app's one module for counted nouns and dates. The rules live in @rapport/domain/words, shared
// with the emails, so a page and an email never word the same thing differently.
export {
  countAtLeast,
  countOf,
  DEFAULT_LOCALE,
  dayWords,
  fullDayWords,
  LOCALE_CHOICES,
  NOUNS,
  timeWords,
  weekOfWords,
} from "@rapport/domain/words";
