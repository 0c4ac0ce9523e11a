"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
import type { ActionState } from "~/server/api";
import { createOrganisationAction } from "./actions";

export function CreateOrganisationForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(createOrganisationAction, {
    ok: true,
  });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <Field id="org-name" label="Organisation name" error={errors.name?.[0]}>
        <Input
          id="org-name"
          name="name"
          required
          autoComplete="organization"
          placeholder="Acme Ltd"
          invalid={Boolean(errors.name)}
        />
      </Field>
      <Field
        id="org-team"
        label="Your first team (optional)"
        hint="You will manage it; you can add more teams later."
        error={errors.firstTeam?.[0]}
      >
        <Input id="org-team" name="firstTeam" placeholder="Sales" invalid={Boolean(errors.firstTeam)} />
      </Field>
      <Field
        id="org-tz"
        label="Time zone"
        hint="The default for new members and the weekly email."
        error={errors.timeZone?.[0]}
      >
        <TimeZoneSelect id="org-tz" name="timeZone" invalid={Boolean(errors.timeZone)} />
      </Field>
      {!state.ok && state.message ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" pending={pending} className="w-full">
        Create organisation
      </Button>
    </form>
  );
}
