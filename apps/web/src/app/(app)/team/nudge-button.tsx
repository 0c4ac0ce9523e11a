"use client";

import { useActionState, useEffect, useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { useToast } from "~/components/ui/toast";
import type { ActionState } from "~/server/api";
import { nudgeAction } from "./actions";
import { NudgeComposer } from "./nudge-composer";

/**
 * "Send a friendly nudge" for one person: opens the email as it will arrive, with room for a personal
 * note, and sends it from there. Confirmed in place (and in a toast) once the email is on its way, and
 * disabled while the once-a-week rule holds (`heldNote` says until when).
 */
export function NudgeButton({
  teamId,
  userId,
  name,
  heldNote,
  lastNote,
}: {
  teamId: string;
  userId: string;
  name: string;
  /** Set while another nudge may not be sent yet: "Nudged 2 days ago — again from 3 Dec". */
  heldNote: string | null;
  /** When a nudge may be sent again but was sent before: "Last nudged 3 weeks ago". */
  lastNote?: string | null;
}) {
  const [open, setOpen] = useState(false);
  // Kept here, not in the dialog: the refreshed page (now "held") closes the dialog in the same update.
  const [state, send, sending] = useActionState<ActionState, FormData>(nudgeAction, { ok: true });
  const toast = useToast();
  const noteId = useId();
  const sent = state.ok && Boolean(state.message);
  const held = Boolean(heldNote) || sent;

  useEffect(() => {
    if (!state.ok || !state.message) return;
    setOpen(false);
    toast({ tone: "success", title: `Nudged ${name}`, description: state.message });
  }, [state, toast, name]);

  return (
    <div className="flex flex-col items-start gap-1.5">
      {held ? (
        <Button size="sm" variant="secondary" disabled aria-describedby={noteId}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
            <path d="M7.7 14.3 3.4 10l1.4-1.4 2.9 2.9 7.5-7.5 1.4 1.4Z" />
          </svg>
          Nudged
        </Button>
      ) : (
        <Dialog
          open={open}
          onOpenChange={setOpen}
          wide
          title={`Nudge ${name}`}
          description="This is the email they will get. Add a few words of your own if you like; nothing is sent until you press Send."
          trigger={
            <Button size="sm" aria-describedby={noteId}>
              Send a friendly nudge<span className="sr-only"> to {name}</span>
            </Button>
          }
        >
          {open ? (
            <NudgeComposer
              teamId={teamId}
              userId={userId}
              name={name}
              state={state}
              send={send}
              sending={sending}
            />
          ) : null}
        </Dialog>
      )}
      <p id={noteId} aria-live="polite" className="text-xs">
        {heldNote ? (
          <span className="text-muted">{heldNote}</span>
        ) : sent ? (
          <span className="text-green-800 dark:text-green-300">Nudged today</span>
        ) : lastNote ? (
          <span className="text-muted">{lastNote}</span>
        ) : null}
      </p>
    </div>
  );
}
