"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { useToast } from "~/components/ui/toast";
import type { SaveOutcome } from "./quick-log-form";
import { useQuickLogOpener } from "./use-quick-log-opener";

type FormModule = typeof import("./quick-log-form");
let formModule: Promise<FormModule> | null = null;
/**
 * The form (and its validation rules) is fetched once, on the first sign of wanting it (a pointer over the
 * Log button, the button focused, the sheet asked for), not with the page: evaluating the rules was the
 * biggest task on Today's main thread after React's own. Offline, the service worker's precache serves it.
 */
function loadForm(): Promise<FormModule> {
  formModule ??= import("./quick-log-form").catch((error: unknown) => {
    formModule = null;
    throw error;
  });
  return formModule;
}

function warmForm() {
  loadForm().catch(() => {});
}

/** The form once it is here: fetched at once when the sheet is asked for. */
function useQuickLogForm(wanted: boolean) {
  const [form, setForm] = useState<FormModule["QuickLogForm"] | null>(null);
  useEffect(() => {
    if (form || !wanted) return;
    let live = true;
    loadForm().then(
      (module) => live && setForm(() => module.QuickLogForm),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [form, wanted]);
  return form;
}

/** The header's "Log" button and the quick-log sheet it opens, from any page. */
export function QuickLog() {
  const { entry, events, open, close } = useQuickLogOpener();
  // The sheet opens with its form in it, so the name field takes the focus as before.
  const QuickLogForm = useQuickLogForm(entry !== null);
  const toast = useToast();
  const router = useRouter();

  function saved(outcome: SaveOutcome) {
    close();
    if (outcome.kind === "saved") {
      toast({
        tone: "success",
        title: `${outcome.name} is saved`,
        action: {
          label: "Open",
          altText: `Open ${outcome.name}`,
          onAction: () => router.push(`/people/${outcome.id}`),
        },
      });
    } else {
      toast({
        tone: "info",
        title: `${outcome.name} is kept on this device`,
        description: "No connection right now. It will be sent as soon as there is one.",
      });
    }
  }

  return (
    <>
      <Button
        size="sm"
        onClick={() => open()}
        onPointerEnter={warmForm}
        onFocus={warmForm}
        title="Log a person you met (L)"
        aria-keyshortcuts="L"
        className="px-3"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M9 4h2v5h5v2h-5v5H9v-5H4V9h5V4Z" />
        </svg>
        {/* The header row is crowded on a phone (beside Menu) and on a laptop (beside the destinations): the word
            is for screen readers there, visible on tablets and wide screens. */}
        <span className="max-sm:sr-only md:max-2xl:sr-only">Log</span>
      </Button>
      <Dialog
        title="Log a person"
        description="A name is enough. Met today; add the rest later."
        open={entry !== null && QuickLogForm !== null}
        onOpenChange={(isOpen) => (isOpen ? undefined : close())}
        sheetOnPhone
        initialFocus="#quick-log-name"
      >
        {entry && QuickLogForm ? (
          <QuickLogForm key={entry.clientId} initial={entry} events={events} onSaved={saved} />
        ) : null}
      </Dialog>
    </>
  );
}
