// Counted nouns ("1 person", "3 people") through the locale's plural rules, so no screen or email
// says "1 people". The words themselves are English; the rules come from the person's locale.

export const DEFAULT_LOCALE = "en-GB";

// Building Intl objects is slow (a digest asks hundreds of times); the answers are kept per tag. Tags
// come from stored settings, so the maps stay small; they are emptied if they ever pass a few hundred.
const MAX_REMEMBERED = 256;
const safeLocales = new Map<string, string>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  if (map.size >= MAX_REMEMBERED) map.clear();
  const value = make();
  map.set(key, value);
  return value;
}

/** A supported BCP 47 tag for `locale`, or the default when it is missing or not a real tag. */
export function safeLocale(locale?: string | null): string {
  if (!locale) return DEFAULT_LOCALE;
  return remember(safeLocales, locale, () => checkLocale(locale));
}

function checkLocale(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (!canonical) return DEFAULT_LOCALE;
    return Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export interface NounForms {
  one: string;
  other: string;
}

// Copy is English, so the English plural category decides the noun; the locale formats the number.
const englishRules = new Intl.PluralRules("en");

/** "1 person", "3 people", "0 people": the count, then the noun in the right form. */
export function countOf(count: number, forms: NounForms, locale: string = DEFAULT_LOCALE): string {
  const tag = safeLocale(locale);
  const format = remember(numberFormats, tag, () => new Intl.NumberFormat(tag));
  return `${format.format(count)} ${nounFor(count, forms)}`;
}

/** A count that stopped at `count`: "1,000+ people". */
export function countAtLeast(count: number, forms: NounForms, locale: string = DEFAULT_LOCALE): string {
  const tag = safeLocale(locale);
  const format = remember(numberFormats, tag, () => new Intl.NumberFormat(tag));
  return `${format.format(count)}+ ${forms.other}`;
}

/** Just the noun for a count ("person" for 1, "people" otherwise). */
export function nounFor(count: number, forms: NounForms): string {
  return englishRules.select(count) === "one" ? forms.one : forms.other;
}

/**
 * The locales a person may choose in Settings. Only dates and numbers follow the choice (the words
 * stay English); the first day of the week follows it too.
 */
export const LOCALE_CHOICES = [
  { tag: "en-GB", label: "English (UK)" },
  { tag: "en-US", label: "English (US)" },
  { tag: "de-DE", label: "Deutsch" },
  { tag: "fr-FR", label: "Français" },
] as const;
export type LocaleTag = (typeof LOCALE_CHOICES)[number]["tag"];

/** Common nouns, kept in one place so every screen and email spells them the same. */
export const NOUNS = {
  person: { one: "person", other: "people" },
  followUp: { one: "follow-up", other: "follow-ups" },
  event: { one: "event", other: "events" },
  goal: { one: "goal", other: "goals" },
  conversation: { one: "conversation", other: "conversations" },
  day: { one: "day", other: "days" },
  week: { one: "week", other: "weeks" },
  member: { one: "member", other: "members" },
  activity: { one: "activity", other: "activities" },
  sharedGoal: { one: "shared goal", other: "shared goals" },
  overdueFollowUp: { one: "overdue follow-up", other: "overdue follow-ups" },
  teamEvent: { one: "team event", other: "team events" },
  match: { one: "match", other: "matches" },
  invitation: { one: "invitation", other: "invitations" },
  introRequest: { one: "intro request", other: "intro requests" },
} as const satisfies Record<string, NounForms>;
