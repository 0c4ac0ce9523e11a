// The suggested slot of an intro: the first 30 minutes, in the week after the round, that fall inside
// every member's weekly networking time block (each in that person's own zone). None when they never overlap.
import { addDays, isoWeekday, parseLocalDate } from "../time/calendar-dates";
import { zonedTimeToUtc } from "../time/zoned-time";

export const INTRO_SLOT_MINUTES = 30;

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** A person's weekly networking block, as stored (days are iCalendar codes; start "HH:MM" or "HH:MM:SS"). */
export interface NetworkingBlock {
  days: readonly string[];
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  /** The first day the block applies, 'YYYY-MM-DD'. */
  startDate: string;
}

export interface IntroSlot {
  start: Date;
  end: Date;
}

type Interval = [number, number];

/** The block's occurrences whose local date (in its own zone) is one of `dates`, as UTC intervals. */
function occurrences(block: NetworkingBlock, dates: readonly string[]): Interval[] {
  const time = /^([01]\d|2[0-3]):([0-5]\d)/.exec(block.startTime);
  if (!time || !(block.durationMinutes > 0)) return [];
  const out: Interval[] = [];
  for (const date of dates) {
    if (date < block.startDate) continue;
    if (!block.days.includes(WEEKDAYS[isoWeekday(date) - 1] as string)) continue;
    const start = zonedTimeToUtc(
      { ...parseLocalDate(date), hour: Number(time[1]), minute: Number(time[2]) },
      block.timeZone,
    ).getTime();
    out.push([start, start + block.durationMinutes * 60_000]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [s1, e1] of a) {
    for (const [s2, e2] of b) {
      const s = Math.max(s1, s2);
      const e = Math.min(e1, e2);
      if (e > s) out.push([s, e]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/**
 * The earliest 30 minutes inside everyone's block on the seven days after `roundOn` (each person's
 * days counted in their own zone). Null when someone has no block or the blocks never overlap by 30 minutes.
 */
export function suggestIntroSlot(
  roundOn: string,
  blocks: readonly (NetworkingBlock | null)[],
): IntroSlot | null {
  if (blocks.length < 2 || blocks.some((b) => b === null)) return null;
  const dates = Array.from({ length: 7 }, (_, i) => addDays(roundOn, i + 1));
  let common: Interval[] | null = null;
  for (const block of blocks as NetworkingBlock[]) {
    const mine = occurrences(block, dates);
    common = common === null ? mine : intersect(common, mine);
    if (common.length === 0) return null;
  }
  const found = (common ?? []).find(([s, e]) => e - s >= INTRO_SLOT_MINUTES * 60_000);
  return found ? { start: new Date(found[0]), end: new Date(found[0] + INTRO_SLOT_MINUTES * 60_000) } : null;
}
