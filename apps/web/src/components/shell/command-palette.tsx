"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { cn } from "~/components/ui/cn";
import { Dialog } from "~/components/ui/dialog";
import { type PaletteEntry, type PaletteGroup, paletteEntries } from "./palette-entries";
import { usePaletteSearch } from "./use-palette-search";

/** The event the quick log listens for; it calls preventDefault when it opens. */
const QUICK_LOG_EVENT = "rapport:open-quick-log";

/** Ctrl-K (Cmd-K on a Mac) opens and closes the palette from anywhere in the signed-in app. */
function usePaletteShortcut(toggle: () => void) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key.toLowerCase() !== "k" || event.altKey || event.shiftKey) return;
      if (!(event.metaKey || event.ctrlKey)) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toggle]);
}

/** "⌘K" on Apple devices, "Ctrl K" elsewhere; known only in the browser. */
function useShortcutLabel() {
  const [label, setLabel] = useState("Ctrl K");
  useEffect(() => {
    if (/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)) setLabel("⌘K");
  }, []);
  return label;
}

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
      <path d="M8.5 3a5.5 5.5 0 0 1 4.4 8.8l3.9 3.9-1.4 1.4-3.9-3.9A5.5 5.5 0 1 1 8.5 3Zm0 2a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Z" />
    </svg>
  );
}

/**
 * The search button in the header and the palette it opens: people, events, goals, team dashboards
 * and pages the person may open, plus a few actions, chosen with the arrow keys and Enter.
 */
export function CommandPalette({ pages }: { pages: { href: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const shortcut = useShortcutLabel();

  const openPalette = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  /**
   * Focus goes back where it was (the dialog has no Radix trigger, so Radix moves focus nowhere and
   * this is the only move), except after "Log someone you met", where the quick log takes it.
   */
  const close = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    const target = returnTo.current;
    if (restoreFocus && target?.isConnected && target !== document.body) {
      requestAnimationFrame(() => target.focus());
    }
  }, []);
  const toggle = useCallback(() => (open ? close(true) : openPalette()), [open, openPalette, close]);
  usePaletteShortcut(toggle);

  return (
    <>
      <button
        type="button"
        onClick={openPalette}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts="Control+K Meta+K"
        className="flex min-h-9 items-center gap-2 rounded-lg border border-line bg-surface px-2.5 text-sm text-muted hover:border-accent hover:text-ink"
      >
        <SearchIcon />
        <span className="sr-only 2xl:not-sr-only">Search</span>
        <kbd className="hidden rounded border border-line px-1.5 font-sans text-xs sm:inline md:max-2xl:hidden">
          {shortcut}
        </kbd>
      </button>
      <Dialog
        open={open}
        onOpenChange={(next) => (next ? openPalette() : close(true))}
        title="Search Rapport"
        description="People, events, goals and pages. Arrow keys to move, Enter to open."
      >
        {open ? (
          <PalettePanel pages={pages} onChosen={(entry) => close(entry.action !== "quick-log")} />
        ) : null}
      </Dialog>
    </>
  );
}

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

function PalettePanel({
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
