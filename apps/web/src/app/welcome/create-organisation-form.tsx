"use client";

import { organisationInput } from "@rapport/api/validation";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-status";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
import { useFormAction } from "~/components/ui/use-form-action";
import { createOrganisationAction } from "./actions";

export function CreateOrganisationForm() {
  const { state, pending, formProps } = useFormAction(createOrganisationAction, {
    schema: organisationInput,
    values: (data) => ({
      name: data.get("name"),
      timeZone: data.get("timeZone"),
      firstTeam: String(data.get("firstTeam") ?? "").trim() || undefined,
    }),
  });
  const errors = state.fieldErrors ?? {};
  return (
    <form {...formProps} className="space-y-4">
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
      <FormError message={state.ok ? undefined : state.message} />
      <Button type="submit" pending={pending} className="w-full">
        Create organisation
      </Button>
    </form>
  );
}
