// Choosing who to merge: a search over one's own people, with the ones already picked kept ticked.
import { Button } from "~/components/ui/button";
import { Card, CardHeader, EmptyState } from "~/components/ui/card";
import { Input } from "~/components/ui/field";

interface Person {
  id: string;
  name: string;
  company: string | null;
}

export function PickPeople({ q, selected, people }: { q: string; selected: Person[]; people: Person[] }) {
  const picked = new Set(selected.map((p) => p.id));
  const others = people.filter((p) => !picked.has(p.id));
  return (
    <Card>
      <CardHeader
        title="Pick the records to merge"
        description="Tick two or more records of the same person. The first one ticked keeps its page."
      />
      <search>
        <form action="/people/merge" className="mb-5 flex flex-col gap-3 sm:flex-row sm:items-end">
          {selected.map((p) => (
            <input key={p.id} type="hidden" name="ids" value={p.id} />
          ))}
          <div className="flex-1 space-y-1.5">
            <label htmlFor="merge-q" className="block text-sm font-medium">
              Search by name, company or tag
            </label>
            <Input id="merge-q" name="q" type="search" defaultValue={q} placeholder="e.g. Rosa" />
          </div>
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      </search>
      <form action="/people/merge">
        <fieldset>
          <legend className="sr-only">Records to merge</legend>
          {selected.length + others.length === 0 ? (
            q ? (
              <EmptyState title="Nobody matches that search">Try part of a name or a company.</EmptyState>
            ) : (
              <EmptyState title="No one saved yet">People you add or import can be merged here.</EmptyState>
            )
          ) : (
            <ul className="divide-y divide-line">
              {[...selected, ...others].map((p) => (
                <li key={p.id}>
                  <label className="flex min-h-11 cursor-pointer items-center gap-3 py-2">
                    <input
                      type="checkbox"
                      name="ids"
                      value={p.id}
                      defaultChecked={picked.has(p.id)}
                      className="size-5 accent-[var(--accent)]"
                    />
                    <span className="min-w-0">
                      <span className="block font-medium">{p.name}</span>
                      <span className="block truncate text-sm text-muted">
                        {p.company ?? "No company yet"}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <div className="mt-4">
          <Button type="submit">Compare the ticked records</Button>
        </div>
      </form>
    </Card>
  );
}
