"use client";

import { useActionState, useRef } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function Status({ state }: { state: ActionState }) {
  return (
    <p aria-live="polite" className="text-sm">
      {state.message ? (
        <span className={state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}>
          {state.message}
        </span>
      ) : null}
    </p>
  );
}

/** Adds a step to the end of a plan; clears itself after a step is saved. */
export function AddStepForm({ goalId, action: serverAction }: { goalId: string; action: Action }) {
  const form = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState<ActionState, FormData>(
    async (previous, formData) => {
      const next = await serverAction(previous, formData);
      if (next.ok) form.current?.reset();
      return next;
    },
    { ok: true },
  );
  const error = state.fieldErrors?.title?.[0] ?? state.fieldErrors?.dueDate?.[0];
  return (
    <form ref={form} action={action} onSubmit={submitWithoutReset(action)} className="space-y-2" noValidate>
      <input type="hidden" name="goalId" value={goalId} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <Field id="step-title" label="New step" error={error}>
            <Input
              id="step-title"
              name="title"
              maxLength={200}
              placeholder="e.g. Ask Priya for an intro"
              invalid={Boolean(error)}
            />
          </Field>
        </div>
        <div className="sm:w-44">
          <Field id="step-due" label="By (optional)">
            <Input id="step-due" name="dueDate" type="date" />
          </Field>
        </div>
        <Button type="submit" variant="secondary" pending={pending}>
          Add step
        </Button>
      </div>
      {state.ok ? <Status state={state} /> : null}
    </form>
  );
}

/** Records manual progress: an amount (negative to correct) and an optional note. */
export function CheckInForm({
  goalId,
  teamGoalId,
  action: serverAction,
}: {
  goalId?: string;
  teamGoalId?: string;
  action: Action;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState<ActionState, FormData>(
    async (previous, formData) => {
      const next = await serverAction(previous, formData);
      if (next.ok) form.current?.reset();
      return next;
    },
    { ok: true },
  );
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" noValidate>
      {goalId ? <input type="hidden" name="goalId" value={goalId} /> : null}
      {teamGoalId ? <input type="hidden" name="teamGoalId" value={teamGoalId} /> : null}
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <Field id="checkin-amount" label="How many" error={errors.amount?.[0]}>
          <Input
            id="checkin-amount"
            name="amount"
            type="number"
            inputMode="numeric"
            defaultValue={1}
            min={-100}
            max={100}
            invalid={Boolean(errors.amount)}
          />
        </Field>
        <Field id="checkin-note" label="Note (optional, only you see it)" error={errors.note?.[0]}>
          <Input id="checkin-note" name="note" maxLength={300} placeholder="What happened?" />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Check in
        </Button>
        <Status state={state} />
      </div>
    </form>
  );
}
