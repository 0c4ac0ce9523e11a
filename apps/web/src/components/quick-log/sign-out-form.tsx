"use client";

import { type ReactNode, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { countOf, NOUNS } from "~/components/words";
import { OFFLINE_PAGES_CACHE } from "~/sw/offline-pages";
import { clearQueue, listQueued } from "./queue";

/**
 * Leaves nothing of this person on the device: the pages kept for offline use (the service worker is
 * asked, and the page deletes the same cache itself in case the worker is asleep) and the quick-log queue.
 */
async function forgetThisDevice() {
  await clearQueue().catch(() => {});
  const worker = navigator.serviceWorker;
  const registration = await worker?.getRegistration().catch(() => undefined);
  (worker?.controller ?? registration?.active)?.postMessage({ type: "rapport:forget-pages" });
  if ("caches" in window) await caches.delete(OFFLINE_PAGES_CACHE).catch(() => false);
}

/**
 * A sign-out form that first clears this device, and warns when people logged here have not reached
 * the server yet (signing out would lose them). Its submit button may sit elsewhere (`form={id}`).
 */
export function SignOutForm({
  action,
  id,
  children,
}: {
  action: () => Promise<void>;
  id?: string;
  children?: ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const cleared = useRef(false);
  const [waiting, setWaiting] = useState(0);

  async function leave() {
    setWaiting(0);
    await forgetThisDevice();
    cleared.current = true;
    form.current?.requestSubmit();
  }

  return (
    <>
      <form
        ref={form}
        id={id}
        action={action}
        hidden={!children}
        onSubmit={(event) => {
          if (cleared.current) return;
          event.preventDefault();
          listQueued().then(
            (queued) => (queued.length > 0 ? setWaiting(queued.length) : leave()),
            () => leave(),
          );
        }}
      >
        {children}
      </form>
      <Dialog
        title={`${countOf(waiting, NOUNS.person)} you logged ${waiting === 1 ? "hasn't" : "haven't"} synced yet. Sign out anyway?`}
        description={`${waiting === 1 ? "It is" : "They are"} kept only on this device, and signing out deletes ${waiting === 1 ? "it" : "them"}. Stay signed in until you have a connection and ${waiting === 1 ? "it is" : "they are"} sent.`}
        open={waiting > 0}
        onOpenChange={(open) => (open ? undefined : setWaiting(0))}
      >
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={() => setWaiting(0)} className="max-sm:w-full">
            Stay signed in
          </Button>
          <Button variant="danger" onClick={() => leave()} className="max-sm:w-full">
            Sign out anyway
          </Button>
        </div>
      </Dialog>
    </>
  );
}
