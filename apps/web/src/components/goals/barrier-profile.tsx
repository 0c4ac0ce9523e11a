import { BARRIER_IDS, type BarrierId, type BarrierProfile, getBarrier } from "@rapport/domain/barriers";
import { cn } from "~/components/ui/cn";

/** A barrier profile as labelled bars, strongest first; top barriers highlighted. */
export function BarrierBars({ profile, compact = false }: { profile: BarrierProfile; compact?: boolean }) {
  const order: readonly BarrierId[] = compact ? profile.ranked : BARRIER_IDS;
  return (
    <ul className="space-y-3">
      {(compact ? profile.ranked : order).map((id) => {
        const score = profile.scores[id];
        const top = profile.top.includes(id);
        return (
          <li key={id}>
            <div className="mb-1 flex justify-between gap-3 text-sm">
              <span className={cn(top && "font-medium")}>{getBarrier(id).title}</span>
              <span className="text-muted">
                {score}
                <span className="sr-only"> out of 100{top ? ", one of your top barriers" : ""}</span>
              </span>
            </div>
            <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-line/60">
              <div
                className={cn("h-full rounded-full", top ? "bg-amber-500" : "bg-accent/60")}
                style={{ width: `${score}%` }}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
