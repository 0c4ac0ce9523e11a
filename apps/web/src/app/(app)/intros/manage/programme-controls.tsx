"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { runNowAction, setProgrammeActiveAction } from "../actions";

/** Pause or resume a programme, and make today's round now. */
export function ProgrammeControls({
  programmeId,
  name,
  active,
}: {
  programmeId: string;
  name: string;
  active: boolean;
}) {
  const [pauseState, pause, pausing] = useActionState<ActionState, FormData>(setProgrammeActiveAction, {
    ok: true,
  });
  const [runState, run, running] = useActionState<ActionState, FormData>(runNowAction, { ok: true });
  const latest = runState.message ? runState : pauseState;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form onSubmit={submitWithoutReset(pause)} action={pause}>
          <input type="hidden" name="programmeId" value={programmeId} />
          <input type="hidden" name="active" value={active ? "no" : "yes"} />
          <Button type="submit" size="sm" variant="secondary" pending={pausing}>
            {active ? "Pause" : "Resume"}
            <span className="sr-only"> {name}</span>
          </Button>
        </form>
        {active ? (
          <form onSubmit={submitWithoutReset(run)} action={run}>
            <input type="hidden" name="programmeId" value={programmeId} />
            <Button type="submit" size="sm" variant="secondary" pending={running}>
              Run a round now<span className="sr-only"> for {name}</span>
            </Button>
          </form>
        ) : null}
      </div>
      <FormStatus state={latest} />
    </div>
  );
}
