"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { announce } from "~/components/people/notices";
import { Button } from "~/components/ui/button";
import { FormStatus } from "~/components/ui/form-status";
import type { ActionState } from "~/server/api";
import { completeFollowUpAction, snoozeFollowUpAction } from "./actions";

/** Done and snooze for one follow-up; used on the follow-ups page and on a person's page. */
export function FollowUpButtons({ followUpId, who }: { followUpId: string; who: string }) {
  // On success the row leaves (or moves in) the list, so the result goes to the page's <Notices />
  // first, and only then is the page refreshed.
  const router = useRouter();
  const settle = (state: ActionState): ActionState => {
    if (!state.ok) return state;
    if (state.message) announce(state.message);
    router.refresh();
    return { ok: true };
  };
  const [doneState, done, doing] = useActionState<ActionState, FormData>(
    async (previous, formData) => settle(await completeFollowUpAction(previous, formData)),
    { ok: true },
  );
  const [snoozeState, snooze, snoozing] = useActionState<ActionState, FormData>(
    async (previous, formData) => settle(await snoozeFollowUpAction(previous, formData)),
    { ok: true },
  );
  const state = doneState.message ? doneState : snoozeState;
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <form action={done}>
          <input type="hidden" name="followUpId" value={followUpId} />
          <Button type="submit" size="sm" pending={doing} aria-label={`Mark the follow-up with ${who} done`}>
            Done
          </Button>
        </form>
        <form action={snooze} className="flex gap-2">
          <input type="hidden" name="followUpId" value={followUpId} />
          <Button
            type="submit"
            name="days"
            value="2"
            size="sm"
            variant="secondary"
            pending={snoozing}
            aria-label={`Snooze the follow-up with ${who} by 2 days`}
          >
            +2 days
          </Button>
          <Button
            type="submit"
            name="days"
            value="7"
            size="sm"
            variant="secondary"
            disabled={snoozing}
            aria-label={`Snooze the follow-up with ${who} by a week`}
          >
            +1 week
          </Button>
        </form>
      </div>
      <FormStatus state={state} className="text-xs" />
    </div>
  );
}
