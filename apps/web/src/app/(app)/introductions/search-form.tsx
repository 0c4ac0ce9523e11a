import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/field";

/** A plain GET form: the search lives in the address, so it can be reloaded and shared with yourself. */
export function SearchForm({ q }: { q: string }) {
  return (
    <search>
      <form method="get" action="/introductions" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor="intro-q" className="mb-1.5 block text-sm font-medium">
            Company, role or field
          </label>
          <Input
            id="intro-q"
            name="q"
            defaultValue={q}
            placeholder="e.g. Acme, product design"
            minLength={2}
            maxLength={100}
          />
        </div>
        <Button type="submit">Search</Button>
      </form>
    </search>
  );
}
