"use client";

// Possible duplicates (same phone, or same name and company): merge into the saved person, leave the row
// out, or add it as a new person, one by one or all at once.
import type { DuplicateChoice, PlanItem } from "@rapport/domain/contacts";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Section, SHOW } from "./preview-section";
import type { Choices } from "./use-import";

type Update = Extract<PlanItem, { action: "update" }>;

const OPTIONS: { value: DuplicateChoice; label: (who: string) => string; all: string }[] = [
  { value: "merge", label: (who) => `Merge into ${who}`, all: "Merge all" },
  { value: "skip", label: () => "Skip this row", all: "Skip all" },
  { value: "create", label: () => "Add as a new person", all: "Add all as new" },
];

export function DuplicatesSection({
  items,
  chosen,
  onChoose,
}: {
  items: Update[];
  chosen: (item: Update) => DuplicateChoice;
  onChoose: (update: (choices: Choices) => Choices) => void;
}) {
  const applyToAll = (value: DuplicateChoice) =>
    onChoose(() => Object.fromEntries(items.map((i) => [i.index, value])));
  return (
    <Section
      title="Possible duplicates"
      count={items.length}
      description="Someone you saved has the same name and company, or the same phone number. Merging keeps what you wrote and adds what the file knows."
      actions={
        <fieldset className="mb-3 flex flex-wrap items-center gap-2">
          <legend className="float-left mr-1 text-sm text-muted">Apply to all:</legend>
          {OPTIONS.map((o) => (
            <Button key={o.value} variant="secondary" size="sm" onClick={() => applyToAll(o.value)}>
              {o.all}
            </Button>
          ))}
        </fieldset>
      }
    >
      {items.slice(0, SHOW).map((item) => (
        <li key={item.index} className="py-3 text-sm">
          <fieldset>
            <legend className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{item.draft.name}</span>
              <Badge tone="amber">Possible duplicate of {item.possibleDuplicateOf}</Badge>
            </legend>
            <div className="mt-2 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-5">
              {OPTIONS.map((o) => (
                <label key={o.value} className="flex min-h-11 cursor-pointer items-center gap-2">
                  <input
                    type="radio"
                    name={`duplicate-${item.index}`}
                    value={o.value}
                    checked={chosen(item) === o.value}
                    onChange={() => onChoose((c) => ({ ...c, [item.index]: o.value }))}
                    className="size-5 accent-[var(--accent)]"
                  />
                  {o.label(item.possibleDuplicateOf ?? "them")}
                </label>
              ))}
            </div>
          </fieldset>
        </li>
      ))}
    </Section>
  );
}
