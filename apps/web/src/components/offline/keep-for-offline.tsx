"use client";

import { useEffect } from "react";
import { OFFLINE_PAGES_CACHE } from "~/sw/offline-pages";

/** A stored page younger than this is left as it is; an older one is fetched again. */
const FRESH_MS = 30 * 60 * 1000;

/**
 * Stores pages on this device for use without signal (Today, the event list, the prep cards of events
 * the person is going to), in the cache the service worker answers from when the network is gone.
 */
export function KeepForOffline({ paths }: { paths: string[] }) {
  const key = paths.join("|");
  useEffect(() => {
    if (!("caches" in window) || !navigator.serviceWorker) return;
    let cancelled = false;
    (async () => {
      // Only where the service worker runs (production builds): it is what answers from this store.
      await navigator.serviceWorker.ready;
      const cache = await caches.open(OFFLINE_PAGES_CACHE);
      for (const path of key.split("|")) {
        if (cancelled) return;
        const stored = await cache.match(path, { ignoreVary: true });
        const storedAt = Date.parse(stored?.headers.get("date") ?? "");
        if (stored && Date.now() - storedAt < FRESH_MS) continue;
        await cache.add(path).catch(() => {
          // No signal or a page that refused: the last stored copy stays.
        });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [key]);
  return null;
}
