import { addDays, daysBetween } from "../time";
import type { Activity, Goal } from "./goal";
import { countProgress } from "./progress";

export interface ProgressPoint {
  /** Last day of the period, 'YYYY-MM-DD' (the due date, or today, for the final period). */
  date: string;
  /** Progress reached by the end of that day. */
  progress: number;
  /** What the straight line expects by the end of that day (2 decimals). */
  expected: number;
}

/**
 * Cumulative progress at the end of each week of the goal, from its start up to `today` (or the due
 * date, whichever comes first), against the straight line. Empty before the goal starts.
 */
export function progressHistory(
  goal: Pick<Goal, "metric" | "target" | "startDate" | "dueDate">,
  activities: readonly Activity[],
  today: string,
  timeZone: string,
): ProgressPoint[] {
  if (today < goal.startDate) return [];
  // Dates are 'YYYY-MM-DD' strings, compared as text (Math.min does not apply).
  const last = today < goal.dueDate ? today : goal.dueDate;
  const totalDays = daysBetween(goal.startDate, goal.dueDate) + 1;
  const points: ProgressPoint[] = [];
  for (let end = addDays(goal.startDate, 6); ; end = addDays(end, 7)) {
    // biome-ignore lint/complexity/useMathMinMax: strings, not numbers
    const date = end < last ? end : last;
    const elapsed = daysBetween(goal.startDate, date) + 1;
    points.push({
      date,
      progress: countProgress({ ...goal, dueDate: date }, activities, timeZone),
      expected: Math.round(((goal.target * elapsed) / totalDays) * 100) / 100,
    });
    if (date === last) break;
  }
  return points;
}
