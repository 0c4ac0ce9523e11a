// Dates as contact files carry them: LinkedIn's "15 Jan 2024", and every form Excel turns it into when
// someone opens the file and saves it again ("15-Jan-24", "1/15/2024", "2024-01-15 00:00:00", a serial
// number). Slashed dates are month-first unless the file shows they are day-first (see slashedDateOrder).
import { formatLocalDate, isValidLocalDate } from "../time";
import { fromDayNumber } from "../time/calendar-dates";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export type SlashedDateOrder = "month-first" | "day-first";

/** "Mar", "March" and "Sept" all name a month; "Marx" names nothing (0). */
function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

// Excel's rule for two-digit years: 00–29 are 2000s, 30–99 are 1900s.
function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

function date(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null;
  const iso = formatLocalDate({ year, month, day });
  return isValidLocalDate(iso) ? iso : null;
}

// Excel serial day numbers: 25569 is 1970-01-01 (the 1900 leap-year bug only touches dates before March
// 1900). Only 1990–2099 is accepted, so a stray number is not taken for a date.
const SERIAL_1970 = 25_569;
const SERIAL_MIN = 32_874;
const SERIAL_MAX = 73_050;

/** 'YYYY-MM-DD', or null when the text is not a real date in a form we know. */
export function parseContactDate(
  value: string | null | undefined,
  order: SlashedDateOrder = "month-first",
): string | null {
  // Excel adds a time of midnight when it re-saves a date; the time says nothing here.
  const text = (value ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?: ?[AP]M)?$/i, "");
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  // 15 Jan 2024, 15-Jan-24, 15 January, 2024
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9}\.?),?[ -](\d{4}|\d{2})$/.exec(text);
  if (m) return date(fullYear(m[3] ?? ""), monthNumber(m[2] ?? ""), Number(m[1]));
  // Jan 15, 2024 / January 15 2024
  m = /^([A-Za-z]{3,9}\.?) (\d{1,2}),? (\d{4})$/.exec(text);
  if (m) return date(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2]));
  // 15.01.2024 is day-first wherever dots are used.
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  if (m) return date(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === "day-first" ? date(fullYear(m[3] ?? ""), b, a) : date(fullYear(m[3] ?? ""), a, b);
  }
  if (/^\d{5}$/.test(text)) {
    const serial = Number(text);
    if (serial >= SERIAL_MIN && serial <= SERIAL_MAX) return fromDayNumber(serial - SERIAL_1970);
  }
  return null;
}

/**
 * A file's slashed dates are day-first when one of them can only be read that way (a first number over
 * 12); otherwise month-first, as Excel writes them in the US, where most LinkedIn exports are re-saved.
 */
export function slashedDateOrder(values: readonly (string | null | undefined)[]): SlashedDateOrder {
  for (const value of values) {
    const m = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\b/.exec(value ?? "");
    if (m && Number(m[1]) > 12 && Number(m[2]) <= 12) return "day-first";
  }
  return "month-first";
}
