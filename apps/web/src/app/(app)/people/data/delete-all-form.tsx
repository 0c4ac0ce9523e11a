"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { deleteAllContactsAction } from "../actions";

export function DeleteAllForm({ total }: { total: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteAllContactsAction, {
    ok: true,
  });
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="max-w-md space-y-4" noValidate>
      <Field
        id="delete-all-confirm"
        label='Type "delete all" to confirm'
        error={state.fieldErrors?.confirm?.[0]}
      >
        <Input
          id="delete-all-confirm"
          name="confirm"
          autoComplete="off"
          invalid={Boolean(state.fieldErrors?.confirm)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="submit"
          variant="danger"
          pending={pending}
          disabled={total === 0 && state.ok && !state.message}
        >
          Delete all my contacts
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
