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
  const padding = { top: 12, right: 8, bottom: 24, left: 32 };
  const max = Math.max(1, ...points.map((p) => p.value));
  const innerW = width - padding.left - padding.right;
  const innerH = height - padding.top - padding.bottom;
  const step = points.length > 0 ? innerW / points.length : innerW;
  const y = (v: number) => padding.top + innerH - (v / max) * innerH;
  const x = (i: number) => padding.left + step * i + step / 2;
  const ticks = [0, Math.round(max / 2), max];
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));

  return (
    <figure className="w-full">
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
            <text x={padding.left - 6} y={y(t) + 4} textAnchor="end" className="fill-muted text-[11px]">
              {t}
            </text>
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
        {points.map((p, i) =>
          i % labelEvery === 0 ? (
            <text
              key={p.label}
              x={x(i)}
              y={height - 6}
              textAnchor="middle"
              className="fill-muted text-[11px]"
            >
              {p.label}
            </text>
          ) : null,
        )}
      </svg>
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
