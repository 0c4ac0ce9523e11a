"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { Dialog } from "~/components/ui/dialog";
import { SearchIcon } from "./search-icon";

const loadPanel = () => import("./palette-panel");
/** The field and results are fetched when first wanted (see warmPanel); the field takes the focus when it arrives. */
const PalettePanel = dynamic(() => loadPanel().then((module) => module.PalettePanel), { ssr: false });

/**
 * Fetches the palette's code on the first sign of wanting it (a pointer over the button, the button
 * focused), so it opens at once without adding to the page's own start; Ctrl-K fetches it on opening.
 */
function warmPanel() {
  loadPanel().catch(() => {});
}

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
        onPointerEnter={warmPanel}
        onFocus={warmPanel}
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
