"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { removeTagCadenceAction, setTagCadenceAction } from "../people/actions";

export function TagCadenceForm({ tags }: { tags: string[] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setTagCadenceAction, { ok: true });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" noValidate>
      <Field id="tag-cadence-tag" label="Tag" error={errors.tag?.[0]}>
        <Input
          id="tag-cadence-tag"
          name="tag"
          list="tag-cadence-tags"
          placeholder="e.g. mentor"
          invalid={Boolean(errors.tag)}
        />
      </Field>
      <datalist id="tag-cadence-tags">
        {tags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <div className="grid grid-cols-2 gap-3">
        <Field id="tag-cadence-ideal" label="Ideally every" hint="days" error={errors.cadence?.[0]}>
          <Input id="tag-cadence-ideal" name="idealDays" type="number" min={1} defaultValue={30} />
        </Field>
        <Field id="tag-cadence-max" label="At most every" hint="days" error={errors.maxDays?.[0]}>
          <Input id="tag-cadence-max" name="maxDays" type="number" min={1} defaultValue={60} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" size="sm" pending={pending}>
          Save tag cadence
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function RemoveTagCadenceButton({ tag }: { tag: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(removeTagCadenceAction, {
    ok: true,
  });
  return (
    <form action={action}>
      <input type="hidden" name="tag" value={tag} />
      <Button
        type="submit"
        size="sm"
        variant="ghost"
        pending={pending}
        aria-label={`Remove the cadence for ${tag}`}
      >
        Remove
      </Button>
      {state.ok ? null : <FormStatus state={state} />}
    </form>
  );
}
