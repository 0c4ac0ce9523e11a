"use client";

import { useEffect, useRef, useState } from "react";
import { type PaletteHit, paletteSearchAction } from "./actions";

/** How long typing must pause before the palette asks the server. */
const PAUSE_MS = 150;

/**
 * The server's hits for the typed words, asked for once typing pauses. A slower, older answer never
 * replaces a newer one; `searching` is true from the keystroke until the answer for it arrives.
 */
export function usePaletteSearch(typed: string) {
  const [hits, setHits] = useState<PaletteHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const words = typed.trim();
    const request = ++latest.current;
    if (!/[\p{L}\p{N}]/u.test(words)) {
      setHits([]);
      setError(null);
      setSearching(false);
      return;
    }
    setSearching(true);
    const timer = setTimeout(() => {
      paletteSearchAction(words)
        .then((answer) => {
          if (request !== latest.current) return;
          setHits(answer.hits);
          setError(answer.error ?? null);
        })
        .catch(() => {
          if (request === latest.current)
            setError("Search is not available right now; try again in a moment.");
        })
        .finally(() => {
          if (request === latest.current) setSearching(false);
        });
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  return { hits, error, searching };
}
