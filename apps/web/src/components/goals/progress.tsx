import type { PaceState } from "@rapport/domain/goals";
import { Badge } from "~/components/ui/badge";
import { cn } from "~/components/ui/cn";
import { PACE } from "./labels";

export function PaceBadge({ state }: { state: PaceState }) {
  const pace = PACE[state];
  return <Badge tone={pace.tone}>{pace.label}</Badge>;
}

const barTone: Record<PaceState, string> = {
  not_started: "bg-line",
  ahead: "bg-green-600 dark:bg-green-400",
  on_track: "bg-accent",
  behind: "bg-amber-500",
  done: "bg-green-600 dark:bg-green-400",
  overdue: "bg-red-500",
};

/**
 * A progress bar with a tick where the straight line says the person should be today.
 * The numbers are in the label, so the bar itself is decoration for screen readers.
 */
export function ProgressBar({
  percent,
  expectedPercent,
  state,
  label,
  className,
}: {
  percent: number;
  expectedPercent?: number;
  state: PaceState;
  label: string;
  className?: string;
}) {
  const width = Math.min(100, Math.max(0, percent));
  return (
    <div className={cn("relative", className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={width}
        className="h-2.5 w-full overflow-hidden rounded-full bg-line/60"
      >
        <div className={cn("h-full rounded-full", barTone[state])} style={{ width: `${width}%` }} />
      </div>
      {expectedPercent !== undefined && expectedPercent > 0 && expectedPercent < 100 ? (
        <div
          aria-hidden="true"
          title="Where the straight line expects you today"
          className="absolute -top-1 h-4.5 w-0.5 rounded bg-ink/60"
          style={{ left: `${expectedPercent}%` }}
        />
      ) : null}
    </div>
  );
}
