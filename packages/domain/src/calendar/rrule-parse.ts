// RRULE (RFC 5545 §3.3.10) text to a rule; every error message says which part is wrong.
import { type DateValue, parseDateValue } from "./values";

type Frequency = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

interface ByDay {
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** e.g. 2 for 2TU, -1 for -1FR; null for every such weekday */
  ordinal: number | null;
}

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count: number | null;
  until: DateValue | null;
  byDay: ByDay[];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  byYearDay: number[];
  byWeekNo: number[];
  byHour: number[];
  byMinute: number[];
  bySecond: number[];
  weekStart: number;
}

export const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const FREQUENCIES = new Set<string>(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);
const SUB_DAILY: Record<string, string> = { HOURLY: "hour", MINUTELY: "minute", SECONDLY: "second" };

function intList(value: string, min: number, max: number, allowNegative: boolean, part: string): number[] {
  return value.split(",").map((item) => {
    const n = Number(item);
    const abs = Math.abs(n);
    if (!/^[+-]?\d+$/.test(item) || abs < min || abs > max || (n < 0 && !allowNegative)) {
      throw new Error(`RRULE ${part} has an invalid value "${item}"`);
    }
    return n;
  });
}

/** Parses an RRULE value; throws an Error whose message says what is wrong. */
export function parseRecurrenceRule(text: string): RecurrenceRule {
  const rule: RecurrenceRule = {
    freq: "DAILY",
    interval: 1,
    count: null,
    until: null,
    byDay: [],
    byMonthDay: [],
    byMonth: [],
    bySetPos: [],
    byYearDay: [],
    byWeekNo: [],
    byHour: [],
    byMinute: [],
    bySecond: [],
    weekStart: 0,
  };
  let freq: string | null = null;
  for (const part of text.trim().split(";")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).toUpperCase();
    const value = eq < 0 ? "" : part.slice(eq + 1).toUpperCase();
    if (value === "") throw new Error(`RRULE part "${part}" has no value`);
    switch (name) {
      case "FREQ":
        freq = value;
        break;
      case "INTERVAL":
        rule.interval = intList(value, 1, 10_000, false, name)[0] ?? 1;
        break;
      case "COUNT":
        rule.count = intList(value, 1, 100_000, false, name)[0] ?? null;
        break;
      case "UNTIL": {
        const until = parseDateValue(value);
        if (typeof until === "string") throw new Error(`RRULE UNTIL: ${until}`);
        rule.until = until;
        break;
      }
      case "BYDAY":
        rule.byDay = value.split(",").map((item) => {
          const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
          const ordinal = m?.[1] === undefined ? null : Number(m[1]);
          if (!m || ordinal === 0 || (ordinal !== null && Math.abs(ordinal) > 53)) {
            throw new Error(`RRULE BYDAY has an invalid value "${item}"`);
          }
          return { weekday: WEEKDAY_CODES.indexOf(m[2] as (typeof WEEKDAY_CODES)[number]), ordinal };
        });
        break;
      case "BYMONTHDAY":
        rule.byMonthDay = intList(value, 1, 31, true, name);
        break;
      case "BYMONTH":
        rule.byMonth = intList(value, 1, 12, false, name);
        break;
      case "BYSETPOS":
        rule.bySetPos = intList(value, 1, 366, true, name);
        break;
      case "BYYEARDAY":
        rule.byYearDay = intList(value, 1, 366, true, name);
        break;
      case "BYWEEKNO":
        rule.byWeekNo = intList(value, 1, 53, true, name);
        break;
      case "BYHOUR":
        rule.byHour = intList(value, 0, 23, false, name);
        break;
      case "BYMINUTE":
        rule.byMinute = intList(value, 0, 59, false, name);
        break;
      case "BYSECOND":
        rule.bySecond = intList(value, 0, 60, false, name).map((n) => Math.min(n, 59));
        break;
      case "WKST": {
        const index = WEEKDAY_CODES.indexOf(value as (typeof WEEKDAY_CODES)[number]);
        if (index < 0) throw new Error(`RRULE WKST has an invalid value "${value}"`);
        rule.weekStart = index;
        break;
      }
      default:
        throw new Error(`Unknown RRULE part "${name}"`);
    }
  }
  if (freq === null) throw new Error("RRULE has no FREQ");
  const unit = SUB_DAILY[freq];
  if (unit) {
    // Google, Outlook and Apple cannot make these, none of the real calendars we collected has one, and a
    // year of hourly occurrences would bury a team's events: the event is left out, saying why.
    throw new Error(
      `Repeats every ${unit} (RRULE FREQ=${freq}): events repeating more often than daily are not imported`,
    );
  }
  if (!FREQUENCIES.has(freq)) throw new Error(`RRULE FREQ=${freq} is not supported`);
  rule.freq = freq as Frequency;
  if (rule.count !== null && rule.until !== null) throw new Error("RRULE has both COUNT and UNTIL");
  if (rule.freq !== "MONTHLY" && rule.freq !== "YEARLY" && rule.byDay.some((d) => d.ordinal !== null)) {
    throw new Error(`RRULE BYDAY with an ordinal needs FREQ=MONTHLY or YEARLY`);
  }
  if (rule.byWeekNo.length > 0 && rule.freq !== "YEARLY") throw new Error("RRULE BYWEEKNO needs FREQ=YEARLY");
  // RFC 5545 §3.3.10 leaves BYYEARDAY undefined for DAILY, WEEKLY and MONTHLY.
  if (rule.byYearDay.length > 0 && rule.freq !== "YEARLY") {
    throw new Error(`RRULE BYYEARDAY cannot be used with FREQ=${rule.freq}`);
  }
  if (rule.freq === "WEEKLY" && rule.byMonthDay.length > 0) {
    throw new Error("RRULE BYMONTHDAY cannot be used with FREQ=WEEKLY");
  }
  return rule;
}
