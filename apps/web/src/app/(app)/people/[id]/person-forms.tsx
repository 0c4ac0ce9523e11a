"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { KIND_LABELS, OUTCOME_LABELS } from "~/components/people/format";
import { Textarea } from "~/components/people/textarea";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import {
  addFollowUpAction,
  deleteContactAction,
  deleteInteractionAction,
  logInteractionAction,
  setCadenceAction,
} from "../actions";

export function InteractionForm({ contactId, today }: { contactId: string; today: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(logInteractionAction, { ok: true });
  const [outcome, setOutcome] = useState("positive");
  const form = useRef<HTMLFormElement>(null);
  // Once logged, the form is ready for the next one (an error keeps what was typed).
  useEffect(() => {
    if (state.ok && state.message) {
      form.current?.reset();
      setOutcome("positive");
    }
  }, [state]);
  const errors = state.fieldErrors ?? {};
  const hard = outcome === "no_reply" || outcome === "declined";
  return (
    <form ref={form} action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <input type="hidden" name="contactId" value={contactId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="interaction-kind" label="What happened" error={errors.kind?.[0]}>
          <Select id="interaction-kind" name="kind" defaultValue="message">
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="interaction-date" label="When" error={errors.occurredOn?.[0]}>
          <Input
            id="interaction-date"
            name="occurredOn"
            type="date"
            defaultValue={today}
            max={today}
            invalid={Boolean(errors.occurredOn)}
          />
        </Field>
        <Field id="interaction-outcome" label="How it went" error={errors.outcome?.[0]}>
          <Select
            id="interaction-outcome"
            name="outcome"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
          >
            {Object.entries(OUTCOME_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        id="interaction-note"
        label="Note"
        hint="What you talked about, what you promised."
        error={errors.note?.[0]}
      >
        <Textarea id="interaction-note" name="note" rows={2} invalid={Boolean(errors.note)} />
      </Field>
      {hard ? (
        <Field
          id="interaction-reflection"
          label="What I learned"
          hint="A no or silence is normal and says nothing about your worth. What would you try next time?"
          error={errors.reflection?.[0]}
        >
          <Textarea id="interaction-reflection" name="reflection" rows={2} />
        </Field>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Log it
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function AddFollowUpForm({
  contactId,
  defaultDate,
  reason = "manual",
  label = "Plan a follow-up",
}: {
  contactId: string;
  defaultDate: string;
  reason?: "manual" | "second_touch";
  label?: string;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addFollowUpAction, { ok: true });
  const id = `follow-up-date-${reason}`;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-2" noValidate>
      <input type="hidden" name="contactId" value={contactId} />
      <input type="hidden" name="reason" value={reason} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-40 flex-1 space-y-1.5">
          <label htmlFor={id} className="block text-sm font-medium">
            {reason === "second_touch" ? "On" : "Follow up on"}
          </label>
          <Input
            id={id}
            name="dueOn"
            type="date"
            defaultValue={defaultDate}
            invalid={Boolean(state.fieldErrors?.dueOn)}
          />
        </div>
        <Button type="submit" variant="secondary" pending={pending}>
          {label}
        </Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}

export function CadenceForm({
  contactId,
  idealDays,
  maxDays,
  own,
}: {
  contactId: string;
  idealDays: number | null;
  maxDays: number | null;
  own: boolean;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setCadenceAction, { ok: true });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" noValidate>
      <input type="hidden" name="contactId" value={contactId} />
      <div className="grid grid-cols-2 gap-3">
        <Field
          id="cadence-ideal"
          label="Ideally every"
          hint="days"
          error={errors.cadence?.[0] ?? errors.idealDays?.[0]}
        >
          <Input
            id="cadence-ideal"
            name="idealDays"
            type="number"
            min={1}
            max={730}
            defaultValue={idealDays ?? 30}
          />
        </Field>
        <Field id="cadence-max" label="At most every" hint="days" error={errors.maxDays?.[0]}>
          <Input
            id="cadence-max"
            name="maxDays"
            type="number"
            min={1}
            max={1095}
            defaultValue={maxDays ?? 60}
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" size="sm" pending={pending}>
          {own ? "Update cadence" : "Set cadence"}
        </Button>
        {own ? (
          <Button type="submit" name="clear" value="1" variant="ghost" size="sm">
            Remove
          </Button>
        ) : null}
      </div>
      <FormStatus state={state} />
    </form>
  );
}

export function DeleteInteractionButton({ interactionId }: { interactionId: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteInteractionAction, {
    ok: true,
  });
  return (
    <form action={action} className="inline">
      <input type="hidden" name="interactionId" value={interactionId} />
      <Button type="submit" size="sm" variant="ghost" pending={pending} aria-label="Remove this entry">
        Remove
      </Button>
      {state.ok ? null : <FormStatus state={state} />}
    </form>
  );
}

export function DeleteContactForm({ contactId, name }: { contactId: string; name: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteContactAction, { ok: true });
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-red-700 dark:text-red-300">
        Delete {name}…
      </summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="contactId" value={contactId} />
        <p className="text-sm text-muted">
          This removes {name}, every note and interaction, and any follow-ups. It cannot be undone.
        </p>
        <Button type="submit" variant="danger" size="sm" pending={pending}>
          Delete {name} and their history
        </Button>
        <FormStatus state={state} />
      </form>
    </details>
  );
}
