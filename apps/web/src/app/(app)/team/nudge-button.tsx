"use client";

import { useActionState, useEffect, useId } from "react";
import { Button } from "~/components/ui/button";
import { useToast } from "~/components/ui/toast";
import type { ActionState } from "~/server/api";
import { nudgeAction } from "./actions";

/**
 * "Send a friendly nudge" for one person: pending while it sends, confirmed in place (and in a toast)
 * once the email is on its way, the API's reason shown beside it when it refuses, and disabled while
 * the once-a-week rule holds (`heldNote` says until when). A plain form, so it works without JavaScript.
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
  const [state, action, pending] = useActionState<ActionState, FormData>(nudgeAction, { ok: true });
  const toast = useToast();
  const noteId = useId();
  const sent = state.ok && Boolean(state.message);

  useEffect(() => {
    if (state.ok && state.message)
      toast({ tone: "success", title: `Nudged ${name}`, description: state.message });
  }, [state, toast, name]);

  const held = Boolean(heldNote) || sent;
  return (
    <form action={action} className="flex flex-col items-start gap-1.5">
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="name" value={name} />
      <Button
        type="submit"
        size="sm"
        variant={held ? "secondary" : "primary"}
        pending={pending}
        disabled={held}
        aria-describedby={noteId}
      >
        {held ? (
          <>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
              <path d="M7.7 14.3 3.4 10l1.4-1.4 2.9 2.9 7.5-7.5 1.4 1.4Z" />
            </svg>
            Nudged
          </>
        ) : (
          <>
            Send a friendly nudge<span className="sr-only"> to {name}</span>
          </>
        )}
      </Button>
      <p id={noteId} aria-live="polite" className="text-xs">
        {!state.ok && state.message ? (
          <span className="text-red-700 dark:text-red-300">{state.message}</span>
        ) : heldNote ? (
          <span className="text-muted">{heldNote}</span>
        ) : sent ? (
          <span className="text-green-800 dark:text-green-300">Nudged today</span>
        ) : lastNote ? (
          <span className="text-muted">{lastNote}</span>
        ) : null}
      </p>
    </form>
  );
}
