"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useToast } from "~/components/ui/toast";
import { countOf, NOUNS } from "~/components/words";
import { discardQueued, listQueued, QUEUE_CHANGED_EVENT, type QueuedEntry, syncQueue } from "./queue";

const RETRY_MS = 10_000;

/**
 * What waits in this device's queue, kept current; sends it when the page opens and whenever the
 * connection comes back, then refreshes the page so the new people show.
 */
export function useSyncQueue() {
  const [queued, setQueued] = useState<QueuedEntry[]>([]);
  const toast = useToast();
  const router = useRouter();

  const refresh = useCallback(() => {
    listQueued().then(setQueued, () => setQueued([]));
  }, []);

  const send = useCallback(
    async (retryRefused = false) => {
      const sent = await syncQueue({ retryRefused });
      if (sent > 0) {
        toast({ tone: "success", title: `${countOf(sent, NOUNS.person)} sent from this device` });
        router.refresh();
      }
    },
    [router, toast],
  );

  useEffect(() => {
    refresh();
    send().catch(() => {});
    const onOnline = () => send().catch(() => {});
    window.addEventListener(QUEUE_CHANGED_EVENT, refresh);
    window.addEventListener("online", onOnline);
    // The "online" event does not fire when a dead network comes back to life; try now and then too.
    const timer = window.setInterval(onOnline, RETRY_MS);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(QUEUE_CHANGED_EVENT, refresh);
      window.removeEventListener("online", onOnline);
    };
  }, [refresh, send]);

  return {
    waiting: queued.filter((q) => !q.problem),
    refused: queued.filter((q) => q.problem),
    queued,
    retry: () => send(true),
    discard: (clientId: string) => discardQueued(clientId),
  };
}
