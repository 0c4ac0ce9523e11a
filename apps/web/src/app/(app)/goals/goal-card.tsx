import type { GoalMetric, PaceState } from "@rapport/domain/goals";
import Link from "next/link";
import { CATEGORY_LABELS, METRIC_UNITS } from "~/components/goals/labels";
import { PaceBadge, ProgressBar } from "~/components/goals/progress";
import { formatDay } from "~/lib/dates";

export interface GoalCardData {
  id: string;
  title: string;
  category: keyof typeof CATEGORY_LABELS;
  metric: GoalMetric;
  target: number;
  dueDate: string;
  visibility: "private" | "team";
  progress: number;
  pace: { state: PaceState; percent: number; expected: number };
  steps: { done: number; total: number };
  ownerName?: string;
}

/** One goal in a list: what, how far, and whether it keeps pace. */
export function GoalCard({ goal }: { goal: GoalCardData }) {
  const unit = METRIC_UNITS[goal.metric];
  return (
    <li className="relative rounded-xl border border-line bg-surface p-4 shadow-sm transition-colors hover:border-accent">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <Link
            href={`/goals/${goal.id}`}
            className="font-medium break-words after:absolute after:inset-0 hover:underline"
          >
            {goal.title}
          </Link>
          <p className="mt-0.5 text-sm text-muted">
            {goal.ownerName ? `${goal.ownerName} · ` : ""}
            {CATEGORY_LABELS[goal.category]}
            {goal.visibility === "team" && !goal.ownerName ? " · shared with my teams" : ""}
          </p>
        </div>
        <PaceBadge state={goal.pace.state} />
      </div>
      <ProgressBar
        className="mt-4"
        percent={goal.pace.percent}
        expectedPercent={(goal.pace.expected * 100) / goal.target}
        state={goal.pace.state}
        label={`${goal.title}: ${goal.pace.percent}%`}
      />
      <p className="mt-2 flex flex-wrap justify-between gap-x-4 gap-y-1 text-sm text-muted">
        <span>
          <span className="font-medium text-ink">{goal.progress}</span> of {goal.target} {unit}
        </span>
        <span>
          {goal.steps.total > 0 ? `${goal.steps.done}/${goal.steps.total} steps · ` : ""}due{" "}
          {formatDay(goal.dueDate)}
        </span>
      </p>
    </li>
  );
}
