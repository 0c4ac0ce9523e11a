"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from "react";
import { cn } from "~/components/ui/cn";
import { type PaletteEntry, type PaletteGroup, paletteEntries } from "./palette-entries";
import { SearchIcon } from "./search-icon";
import { usePaletteSearch } from "./use-palette-search";

// The palette's field and results. Fetched when the browser is idle or the palette first opens, not
// with the page (command-palette.tsx holds the button and the shortcut).

/** The event the quick log listens for; it calls preventDefault when it opens. */
const QUICK_LOG_EVENT = "rapport:open-quick-log";

/** What Enter (or a click) does with an entry: go to its page, or open the quick log. */
function useRunEntry(onChosen: (entry: PaletteEntry) => void) {
  const router = useRouter();
  return (entry: PaletteEntry) => {
    onChosen(entry);
    if (entry.href) {
      router.push(entry.href);
      return;
    }
    // After the palette has closed, so the quick log can take focus; unanswered, open the full form.
    setTimeout(() => {
      const event = new CustomEvent(QUICK_LOG_EVENT, { cancelable: true });
      window.dispatchEvent(event);
      if (!event.defaultPrevented) router.push("/people/new");
    }, 0);
  };
}

export function PalettePanel({
  pages,
  onChosen,
}: {
  pages: { href: string; label: string }[];
  onChosen: (entry: PaletteEntry) => void;
}) {
  const [typed, setTyped] = useState("");
  const [active, setActive] = useState(0);
  const { hits, error, searching } = usePaletteSearch(typed);
  const entries = useMemo(() => paletteEntries(typed, pages, hits), [typed, pages, hits]);
  const run = useRunEntry(onChosen);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const current = Math.min(active, Math.max(entries.length - 1, 0));

  // A new list starts at its first entry.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets when the list changes
  useEffect(() => setActive(0), [entries]);
  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView({ block: "nearest" });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = entries.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (count > 0) setActive((current + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const entry = entries[current];
      if (entry) run(entry);
    }
  };

  return (
    <div className="-mx-2">
      <div className="relative px-2">
        <span className="pointer-events-none absolute top-1/2 left-5 -translate-y-1/2 text-muted">
          <SearchIcon />
        </span>
        <input
          // biome-ignore lint/a11y/noAutofocus: the palette exists to be typed into
          autoFocus
          type="text"
          role="combobox"
          aria-label="Search people, events, goals and pages"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={entries.length > 0 ? optionId(current) : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder="Type a name, an event, a goal…"
          className="min-h-11 w-full rounded-lg border border-line bg-surface pr-3 pl-9 text-base focus:border-accent focus:outline-none"
        />
      </div>
      <PaletteList
        id={listId}
        entries={entries}
        active={current}
        optionId={optionId}
        onHover={setActive}
        onChoose={run}
      />
      <p className="mt-2 px-2 text-sm text-muted" aria-live="polite">
        {error ??
          (searching
            ? "Searching…"
            : typed.trim() && entries.length === 0
              ? "Nothing found. Try fewer letters, or another word."
              : typed.trim()
                ? `${entries.length} ${entries.length === 1 ? "match" : "matches"}`
                : "")}
      </p>
    </div>
  );
}

function PaletteList({
  id,
  entries,
  active,
  optionId,
  onHover,
  onChoose,
}: {
  id: string;
  entries: PaletteEntry[];
  active: number;
  optionId: (index: number) => string;
  onHover: (index: number) => void;
  onChoose: (entry: PaletteEntry) => void;
}) {
  const groups: { group: PaletteGroup; items: { entry: PaletteEntry; index: number }[] }[] = [];
  entries.forEach((entry, index) => {
    const last = groups.at(-1);
    if (last?.group === entry.group) last.items.push({ entry, index });
    else groups.push({ group: entry.group, items: [{ entry, index }] });
  });
  return (
    <div id={id} role="listbox" aria-label="Results" className="mt-3 max-h-[50dvh] overflow-y-auto px-2">
      {groups.map(({ group, items }) => (
        // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group", not fieldset
        <div key={group} role="group" aria-labelledby={`${id}-${group}`} className="mb-2">
          <div
            id={`${id}-${group}`}
            className="px-2 py-1 text-xs font-semibold tracking-wide text-muted uppercase"
          >
            {group}
          </div>
          {items.map(({ entry, index }) => (
            // The input keeps focus and drives the list (aria-activedescendant); a click also chooses.
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard use goes through the combobox input
            <div
              key={entry.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              tabIndex={-1}
              onMouseMove={() => index !== active && onHover(index)}
              onClick={() => onChoose(entry)}
              className={cn(
                "flex min-h-11 cursor-pointer flex-col justify-center rounded-lg px-2 py-1.5 sm:flex-row sm:items-center sm:justify-between sm:gap-3",
                index === active ? "bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-100" : "",
              )}
            >
              <span className="max-w-full min-w-0 truncate font-medium">{entry.label}</span>
              {entry.detail ? (
                <span
                  className={cn(
                    "max-w-full truncate text-xs sm:shrink-0 sm:text-sm",
                    index === active ? "" : "text-muted",
                  )}
                >
                  {entry.detail}
                </span>
              ) : null}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
