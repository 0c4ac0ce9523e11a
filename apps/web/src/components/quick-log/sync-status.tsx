"use client";

import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { useSyncQueue } from "./use-sync-queue";

/** "2 waiting to sync" in the header while this device holds people the server has not got yet. */
export function SyncStatus() {
  const { waiting, refused, queued, retry, discard } = useSyncQueue();
  if (queued.length === 0) return <span aria-live="polite" className="sr-only" />;
  const label = [
    waiting.length > 0 ? `${waiting.length} waiting to sync` : null,
    refused.length > 0 ? `${refused.length} not saved` : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="mx-auto flex max-w-6xl justify-end px-4 pt-3 sm:px-6">
      <Dialog
        title="Logged on this device"
        description="These people are kept here until the server has them. Nothing is sent twice."
        trigger={
          <button
            type="button"
            aria-live="polite"
            className={
              refused.length > 0
                ? "min-h-9 rounded-full border border-red-300 px-3 text-xs font-medium text-red-700 dark:border-red-800 dark:text-red-300"
                : "min-h-9 rounded-full border border-line px-3 text-xs font-medium text-muted"
            }
          >
            {label}
          </button>
        }
      >
        <ul className="divide-y divide-line">
          {queued.map((q) => (
            <li key={q.entry.clientId} className="flex items-start justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium">{q.entry.name}</p>
                <p className={q.problem ? "text-sm text-red-700 dark:text-red-300" : "text-sm text-muted"}>
                  {q.problem ?? "Waiting for a connection"}
                </p>
              </div>
              {q.problem ? (
                <Button size="sm" variant="ghost" onClick={() => discard(q.entry.clientId)}>
                  Discard
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
        <div className="mt-4">
          <Button size="sm" variant="secondary" onClick={() => retry().catch(() => {})}>
            Try sending now
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
