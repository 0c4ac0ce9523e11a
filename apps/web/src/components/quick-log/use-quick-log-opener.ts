"use client";

import { useCallback, useEffect, useState } from "react";
import { quickLogEventsAction } from "./actions";
import { emptyEntry, OPEN_QUICK_LOG_EVENT, type QuickLogEntry, type QuickLogPrefill } from "./entry";

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Opens the quick log from the header button, the "L" key (when not typing in a field) or a
 * `rapport:open-quick-log` window event (the command palette, a scanned card, a shared link), whose
 * optional detail prefills the form. Each opening starts a fresh entry with a new id.
 */
export function useQuickLogOpener() {
  const [entry, setEntry] = useState<QuickLogEntry | null>(null);
  const [events, setEvents] = useState<{ id: string; title: string }[]>([]);

  const open = useCallback((prefill?: QuickLogPrefill) => {
    setEntry(emptyEntry(prefill));
    quickLogEventsAction().then(setEvents, () => {
      // Offline: where they met can still be typed.
    });
  }, []);
  const close = useCallback(() => setEntry(null), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "l" || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.defaultPrevented || typingInField(event.target)) return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      open();
    };
    const onOpenRequest = (event: Event) => {
      event.preventDefault();
      const detail = (event as CustomEvent<QuickLogPrefill | null>).detail;
      open(detail && typeof detail === "object" ? detail : undefined);
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener(OPEN_QUICK_LOG_EVENT, onOpenRequest);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OPEN_QUICK_LOG_EVENT, onOpenRequest);
    };
  }, [open]);

  return { entry, events, open, close };
}
