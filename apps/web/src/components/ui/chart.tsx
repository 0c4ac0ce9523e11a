import { cn } from "./cn";

/**
 * A small bar or line chart drawn as SVG on the server (no chart library shipped to the browser).
 * Screen readers get the same numbers as a table.
 */
export interface ChartPoint {
  label: string;
  value: number;
}

export function Chart({
  title,
  points,
  kind = "bar",
  height = 160,
  unit = "",
}: {
  title: string;
  points: ChartPoint[];
  kind?: "bar" | "line";
  height?: number;
  unit?: string;
}) {
  const width = 600;
  const padding = { top: 12, right: 8, bottom: 4, left: 40 };
  const max = Math.max(1, ...points.map((p) => p.value));
  const innerW = width - padding.left - padding.right;
  const innerH = height - padding.top - padding.bottom;
  const step = points.length > 0 ? innerW / points.length : innerW;
  const y = (v: number) => padding.top + innerH - (v / max) * innerH;
  const x = (i: number) => padding.left + step * i + step / 2;
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));

  return (
    <figure className="w-full">
      {/* The SVG scales with its width; the labels are HTML laid over it, so they keep a readable size. */}
      <div className="relative">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={title}
          className="h-auto w-full text-accent"
        >
          {ticks.map((t) => (
            <g key={t}>
              <line
                x1={padding.left}
                x2={width - padding.right}
                y1={y(t)}
                y2={y(t)}
                className="stroke-line"
                strokeWidth="1"
              />
            </g>
          ))}
          {kind === "bar" ? (
            points.map((p, i) => (
              <rect
                key={p.label}
                x={x(i) - Math.min(step * 0.35, 18)}
                width={Math.min(step * 0.7, 36)}
                y={y(p.value)}
                height={Math.max(0, padding.top + innerH - y(p.value))}
                rx="3"
                className="fill-current"
              />
            ))
          ) : (
            <polyline
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
              strokeLinejoin="round"
              points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(" ")}
            />
          )}
        </svg>
        {ticks.map((t) => (
          <span
            key={`tick-${t}`}
            aria-hidden="true"
            className="absolute -translate-y-1/2 pr-1.5 text-right text-[11px] leading-none text-muted tabular-nums"
            style={{ top: `${(y(t) / height) * 100}%`, left: 0, width: `${(padding.left / width) * 100}%` }}
          >
            {t}
          </span>
        ))}
      </div>
      <div aria-hidden="true" className="relative mt-1 h-4 text-[11px] leading-4 text-muted">
        {points.map((p, i) =>
          i % labelEvery === 0 ? (
            <span
              key={`label-${p.label}`}
              className={cn(
                "absolute top-0 -translate-x-1/2 whitespace-nowrap",
                // Phones show every other label, so neighbours never run into each other.
                i % (labelEvery * 2) !== 0 && "max-sm:hidden",
              )}
              style={{ left: `${(x(i) / width) * 100}%` }}
            >
              {p.label}
            </span>
          ) : null,
        )}
      </div>
      <figcaption className="sr-only">
        <table>
          <caption>{title}</caption>
          <tbody>
            {points.map((p) => (
              <tr key={p.label}>
                <th scope="row">{p.label}</th>
                <td>
                  {p.value}
                  {unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
