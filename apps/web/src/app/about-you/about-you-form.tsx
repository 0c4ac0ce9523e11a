"use client";

import { profileInput } from "@rapport/api/validation";
import { describeDigestSchedule } from "@rapport/domain/digest";
import { startingTimeZone } from "@rapport/domain/time";
import { useEffect, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-status";
import { useFormAction } from "~/components/ui/use-form-action";
import { saveAboutYouAction } from "./actions";

const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

export function AboutYouForm({
  next,
  name,
  email,
  organisationTimeZone,
  digest,
}: {
  next: string;
  name: string;
  email: string;
  organisationTimeZone: string;
  digest: { day: number; hour: number; inOrganisation: boolean };
}) {
  const { state, pending, formProps } = useFormAction(saveAboutYouAction, { schema: profileInput });
  const errors = state.fieldErrors ?? {};
  // The server cannot know the browser's zone: start at the organisation's, then switch once mounted.
  const [zone, setZone] = useState(organisationTimeZone);
  useEffect(() => {
    setZone(startingTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone, organisationTimeZone));
  }, [organisationTimeZone]);
  const options = zones.includes(zone) ? zones : [zone, ...zones];
  const sentence = describeDigestSchedule({ day: digest.day, hour: digest.hour, timeZone: zone });
  return (
    <form {...formProps} className="space-y-5">
      <input type="hidden" name="next" value={next} />
      <Field
        id="about-name"
        label="Your name"
        hint={`Colleagues see it instead of ${email}.`}
        error={errors.name?.[0]}
      >
        <Input
          id="about-name"
          name="name"
          defaultValue={name}
          autoComplete="name"
          required
          invalid={Boolean(errors.name)}
        />
      </Field>
      <Field id="about-tz" label="Your time zone" error={errors.timeZone?.[0]}>
        <Select
          id="about-tz"
          name="timeZone"
          value={zone}
          onChange={(event) => setZone(event.target.value)}
          invalid={Boolean(errors.timeZone)}
          aria-describedby="about-digest"
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {option.replaceAll("_", " ")}
            </option>
          ))}
        </Select>
      </Field>
      <p id="about-digest" aria-live="polite" className="rounded-lg bg-line/40 px-3 py-2 text-sm">
        {digest.inOrganisation ? sentence : `Once you are in an organisation: ${lowerFirst(sentence)}`}{" "}
        <span className="text-muted">You can change the day and hour in Settings.</span>
      </p>
      <FormError message={!state.ok && !errors.name && !errors.timeZone ? state.message : undefined} />
      <Button type="submit" pending={pending} className="w-full">
        Save and continue
      </Button>
    </form>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
