"use client";

import { useActionState, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { type ColleagueChoice, saveParticipationAction } from "./actions";
import { DoNotPairPicker } from "./do-not-pair-picker";

export interface ParticipationValues {
  id: string;
  name: string;
  joined: boolean;
  awayUntil: string | null;
  interests: string[];
  offers: string[];
}

/** One programme: in or out (never chosen for the person), away until, topics, the private list. */
export function ParticipationForm({
  programme,
  chosen,
  today,
}: {
  programme: ParticipationValues;
  chosen: ColleagueChoice[];
  today: string;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveParticipationAction, {
    ok: true,
  });
  const [joined, setJoined] = useState(programme.joined);
  const errors = state.fieldErrors ?? {};
  const key = programme.id;
  return (
    <form onSubmit={submitWithoutReset(action)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="programmeId" value={programme.id} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Do you want to take part in {programme.name}?</legend>
        <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name="joined"
              value="yes"
              checked={joined}
              onChange={() => setJoined(true)}
              className="size-4 accent-[var(--color-accent)]"
            />
            Yes, introduce me to colleagues
          </label>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name="joined"
              value="no"
              checked={!joined}
              onChange={() => setJoined(false)}
              className="size-4 accent-[var(--color-accent)]"
            />
            No, not for now
          </label>
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={`${key}-away`}
          label="Away until (optional)"
          hint="No intros for you before this day. Leave it empty when you're around."
          error={errors.awayUntil?.[0]}
        >
          <Input
            id={`${key}-away`}
            name="awayUntil"
            type="date"
            min={today}
            defaultValue={programme.awayUntil ?? ""}
            invalid={Boolean(errors.awayUntil)}
          />
        </Field>
        <Field
          id={`${key}-interests`}
          label="Things you enjoy talking about (optional)"
          hint="Separate them with commas, e.g. running, design, podcasts. Used to find common ground."
          error={errors.interests?.[0]}
        >
          <Input
            id={`${key}-interests`}
            name="interests"
            defaultValue={programme.interests.join(", ")}
            maxLength={1000}
            invalid={Boolean(errors.interests)}
          />
        </Field>
        <Field
          id={`${key}-offers`}
          label="What you're glad to offer a colleague (optional)"
          hint="e.g. mentoring, feedback on talks. Someone whose goal asks for it may be paired with you."
          error={errors.offers?.[0]}
        >
          <Input
            id={`${key}-offers`}
            name="offers"
            defaultValue={programme.offers.join(", ")}
            maxLength={1000}
            invalid={Boolean(errors.offers)}
          />
        </Field>
      </div>
      <DoNotPairPicker programmeId={programme.id} initial={chosen} error={errors.doNotPair?.[0]} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Save my choices
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
