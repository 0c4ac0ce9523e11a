"use client";

import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { useToast } from "~/components/ui/toast";
import { QuickLogForm, type SaveOutcome } from "./quick-log-form";
import { useQuickLogOpener } from "./use-quick-log-opener";

/** The header's "Log" button and the quick-log sheet it opens, from any page. */
export function QuickLog() {
  const { entry, events, open, close } = useQuickLogOpener();
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
        title="Log a person you met (L)"
        aria-keyshortcuts="L"
        className="px-3"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M9 4h2v5h5v2h-5v5H9v-5H4V9h5V4Z" />
        </svg>
        {/* On a laptop the header row is crowded: the word is for screen readers there, visible on phones and wide screens. */}
        <span className="md:max-2xl:sr-only">Log</span>
      </Button>
      <Dialog
        title="Log a person"
        description="A name is enough. Met today; add the rest later."
        open={entry !== null}
        onOpenChange={(isOpen) => (isOpen ? undefined : close())}
        sheetOnPhone
        initialFocus="#quick-log-name"
      >
        {entry ? <QuickLogForm key={entry.clientId} initial={entry} events={events} onSaved={saved} /> : null}
      </Dialog>
    </>
  );
}
