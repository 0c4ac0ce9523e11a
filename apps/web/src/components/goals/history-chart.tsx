import type { ProgressPoint } from "@rapport/domain/goals";
import { formatDay } from "~/lib/dates";

/** Weekly progress as columns, with the straight line's expectation as a tick in each. */
export function HistoryChart({ points, target }: { points: ProgressPoint[]; target: number }) {
  if (points.length === 0)
    return <p className="text-sm text-muted">The history starts once the goal does.</p>;
  const top = Math.max(target, ...points.map((p) => p.progress), 1);
  const shown = points.slice(-12);
  return (
    <figure>
      <div aria-hidden="true" className="flex h-36 items-end gap-1.5 border-b border-line sm:gap-2">
        {shown.map((p) => (
          <div key={p.date} className="relative flex h-full min-w-0 flex-1 items-end">
            <div
              className="w-full rounded-t bg-accent/80"
              style={{ height: `${(p.progress / top) * 100}%`, minHeight: p.progress > 0 ? 4 : 0 }}
            />
            <div
              className="absolute inset-x-0 border-t-2 border-dashed border-ink/40"
              style={{ bottom: `${(p.expected / top) * 100}%` }}
            />
          </div>
        ))}
      </div>
      <div aria-hidden="true" className="mt-1 flex gap-1.5 text-[11px] text-muted sm:gap-2">
        {shown.map((p, i) => (
          <span key={p.date} className="min-w-0 flex-1 truncate text-center">
            {i === 0 || i === shown.length - 1 || shown.length <= 6 ? formatDay(p.date) : ""}
          </span>
        ))}
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-muted">
        <span className="flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm bg-accent/80" /> Progress by week's end
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block w-4 border-t-2 border-dashed border-ink/40" /> Steady pace
        </span>
      </figcaption>
      <table className="sr-only">
        <caption>Progress by week</caption>
        <thead>
          <tr>
            <th>Week ending</th>
            <th>Progress</th>
            <th>Steady pace</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.date}>
              <td>{formatDay(p.date, true)}</td>
              <td>{p.progress}</td>
              <td>{p.expected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
