"use client";

import { profileInput } from "@rapport/api/validation";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
import { useFormAction } from "~/components/ui/use-form-action";
import { updateProfileAction } from "./actions";

export function ProfileForm({
  name,
  timeZone,
  locale,
  locales,
}: {
  name: string;
  timeZone: string;
  locale: string;
  /** Each choice with an example of how a date and a time read in it. */
  locales: { tag: string; label: string; example: string }[];
}) {
  const { state, pending, formProps } = useFormAction(updateProfileAction, { schema: profileInput });
  const errors = state.fieldErrors ?? {};
  return (
    <form {...formProps} className="max-w-md space-y-4">
      <Field id="profile-name" label="Your name" error={errors.name?.[0]}>
        <Input
          id="profile-name"
          name="name"
          defaultValue={name}
          autoComplete="name"
          required
          invalid={Boolean(errors.name)}
        />
      </Field>
      <Field
        id="profile-tz"
        label="Time zone"
        hint="Your weekly email and due dates follow it."
        error={errors.timeZone?.[0]}
      >
        <TimeZoneSelect
          id="profile-tz"
          name="timeZone"
          defaultValue={timeZone}
          invalid={Boolean(errors.timeZone)}
        />
      </Field>
      <Field
        id="profile-locale"
        label="Date and number format"
        hint="How dates, times and numbers are written for you, here and in your emails. The words stay English."
        error={errors.locale?.[0]}
      >
        <Select id="profile-locale" name="locale" defaultValue={locale} invalid={Boolean(errors.locale)}>
          {locales.map((choice) => (
            <option key={choice.tag} value={choice.tag}>
              {choice.label}: {choice.example}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" pending={pending}>
          Save profile
        </Button>
        <p aria-live="polite" className="text-sm text-muted">
          {state.ok ? state.message : <span className="text-red-700 dark:text-red-300">{state.message}</span>}
        </p>
      </div>
    </form>
  );
}
