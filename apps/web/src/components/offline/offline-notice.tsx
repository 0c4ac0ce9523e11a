"use client";

import { useEffect, useState } from "react";
import { timeWords } from "~/components/words";

async function reachable(): Promise<boolean> {
  try {
    return (await fetch("/api/health/live", { cache: "no-store" })).ok;
  } catch {
    return false;
  }
}

/** Older than this at load, the page came from the device's store rather than the server. */
const STORED_AFTER_MS = 2 * 60 * 1000;

/**
 * Says so when the page on screen is the last stored copy: no connection, or a page the server
 * rendered a while ago. `renderedAt` is when the server made this page.
 */
export function OfflineNotice({ renderedAt, locale }: { renderedAt: string; locale: string }) {
  const [state, setState] = useState<{ offline: boolean; stored: boolean } | null>(null);
  useEffect(() => {
    const update = async () => {
      const stored = Date.now() - Date.parse(renderedAt) > STORED_AFTER_MS;
      // navigator.onLine only knows about the device's own link; conference Wi-Fi can be "on" and dead.
      const offline = !navigator.onLine || !(await reachable());
      setState({ offline, stored });
    };
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, [renderedAt]);
  if (!state || !(state.offline || state.stored)) return <div role="status" className="sr-only" />;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const at = timeWords(new Date(renderedAt), zone, locale);
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm sm:px-6">
        {state.offline ? "You're offline. " : ""}Last updated {at}
        {state.offline ? ". People you log are kept on this device until the connection is back." : "."}
      </p>
    </div>
  );
}
