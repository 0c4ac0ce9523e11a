import { type DBSchema, openDB } from "idb";
import { quickLogAction } from "./actions";
import type { QuickLogEntry } from "./entry";

/**
 * The quick log's offline queue: entries the server has not confirmed yet, kept in IndexedDB so
 * closing the tab loses nothing. Each entry keeps the id the browser gave it, so sending one twice
 * (two tabs, an answer lost on the way back) still saves one person.
 */
export interface QueuedEntry {
  entry: QuickLogEntry;
  queuedAt: string;
  /** Why the server refused it (the event was cancelled, a field is wrong): shown, never dropped. */
  problem?: string;
}

interface QueueSchema extends DBSchema {
  entries: { key: string; value: QueuedEntry };
}

export const QUEUE_CHANGED_EVENT = "rapport:quick-log-queue";

function database() {
  return openDB<QueueSchema>("rapport-quick-log", 1, {
    upgrade(db) {
      db.createObjectStore("entries", { keyPath: "entry.clientId" });
    },
  });
}

function announce() {
  window.dispatchEvent(new Event(QUEUE_CHANGED_EVENT));
}

export async function enqueue(entry: QuickLogEntry) {
  await (await database()).put("entries", { entry, queuedAt: new Date().toISOString() });
  announce();
}

export async function listQueued(): Promise<QueuedEntry[]> {
  const all = await (await database()).getAll("entries");
  return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

export async function discardQueued(clientId: string) {
  await (await database()).delete("entries", clientId);
  announce();
}

/** Empties this device's queue (signing out): nothing one person logged stays for the next. */
export async function clearQueue() {
  await (await database()).clear("entries");
  announce();
}

async function sendOne(queued: QueuedEntry): Promise<"sent" | "refused" | "offline"> {
  let result: Awaited<ReturnType<typeof quickLogAction>>;
  try {
    result = await quickLogAction(queued.entry);
  } catch {
    return "offline";
  }
  const db = await database();
  if (result.ok) {
    await db.delete("entries", queued.entry.clientId);
  } else {
    const fields = Object.values(result.fieldErrors ?? {}).flat();
    const problem = [result.message, ...fields].filter(Boolean).join(" ") || "The server refused it.";
    await db.put("entries", { ...queued, problem });
  }
  return result.ok ? "sent" : "refused";
}

/**
 * Sends every waiting entry once, oldest first; stops at the first one that cannot get through.
 * Tabs take turns (a Web Lock), so two open tabs do not send the same entry at the same moment.
 */
export async function syncQueue(options: { retryRefused?: boolean } = {}): Promise<number> {
  const run = async () => {
    let sent = 0;
    for (const queued of await listQueued()) {
      if (queued.problem && !options.retryRefused) continue;
      const outcome = await sendOne(queued);
      if (outcome === "offline") break;
      if (outcome === "sent") sent += 1;
    }
    announce();
    return sent;
  };
  if (typeof navigator !== "undefined" && navigator.locks) {
    return navigator.locks.request("rapport-quick-log-sync", run);
  }
  return run();
}
