import { localDate } from "../time";
import { type Activity, type Goal, METRIC_ACTIVITY } from "./goal";

/**
 * How far a goal has got: the activities of its metric whose local date (in the owner's
 * `timeZone`) lies between the start and due dates, both inclusive. For the manual metric
 * it is the sum of check-in amounts; pass only this goal's check-ins.
 */
export function countProgress(
  goal: Pick<Goal, "metric" | "startDate" | "dueDate">,
  activities: readonly Activity[],
  timeZone: string,
): number {
  const kind = METRIC_ACTIVITY[goal.metric];
  let total = 0;
  for (const activity of activities) {
    if (activity.kind !== kind) continue;
    // 'YYYY-MM-DD' strings compare correctly as text.
    const day = localDate(activity.at, timeZone);
    if (day < goal.startDate || day > goal.dueDate) continue;
    if (activity.kind === "check_in") {
      const amount = activity.amount ?? 1;
      // A corrupt amount should not turn the whole total into NaN.
      if (Number.isFinite(amount)) total += amount;
    } else {
      total += 1;
    }
  }
  // Corrections may be negative, but progress below zero means nothing to a person.
  return Math.max(0, total);
}
