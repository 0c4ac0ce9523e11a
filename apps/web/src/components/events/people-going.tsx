import { initials } from "./format";

/** A row of initials for who is going, with their names for screen readers and on hover. */
export function PeopleGoing({
  people,
  max = 4,
}: {
  people: { userId: string; name: string }[];
  max?: number;
}) {
  if (people.length === 0) return <span className="text-sm text-muted">No one going yet</span>;
  const shown = people.slice(0, max);
  const names = people.map((p) => p.name).join(", ");
  return (
    <span className="flex items-center gap-2">
      <span className="flex -space-x-2" aria-hidden="true">
        {shown.map((p) => (
          <span
            key={p.userId}
            title={p.name}
            className="flex size-8 items-center justify-center rounded-full border-2 border-surface bg-brand-100 text-[11px] font-semibold text-brand-900"
          >
            {initials(p.name)}
          </span>
        ))}
        {people.length > max ? (
          <span className="flex size-8 items-center justify-center rounded-full border-2 border-surface bg-line text-xs font-semibold">
            +{people.length - max}
          </span>
        ) : null}
      </span>
      <span className="sr-only">Going: {names}</span>
      <span className="text-sm text-muted" aria-hidden="true">
        {people.length} going
      </span>
    </span>
  );
}
