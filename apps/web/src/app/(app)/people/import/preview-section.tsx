// A titled, counted list in the import preview; long lists show the first rows and say how many more.
import { Badge } from "~/components/ui/badge";
import { Card, CardHeader } from "~/components/ui/card";

export const SHOW = 50;
const n = (value: number) => value.toLocaleString("en-GB");

export function Section({
  title,
  count,
  description,
  actions,
  children,
}: {
  title: string;
  count: number;
  description?: string;
  actions?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            {title} <Badge>{n(count)}</Badge>
          </span>
        }
        description={description}
      />
      {actions}
      <ul className="divide-y divide-line" aria-label={title}>
        {children}
      </ul>
      {count > SHOW ? <p className="mt-2 text-sm text-muted">and {n(count - SHOW)} more.</p> : null}
    </Card>
  );
}
