"use client";

import { useActionState, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
import type { ActionState } from "~/server/api";
import { updateDefaultsAction } from "./actions";

const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const hours = Array.from({ length: 24 }, (_, hour) => hour);

export interface Defaults {
  name: string;
  timeZone: string;
  digestDay: number;
  digestHour: number;
}

/** The organisation's name and the defaults new people start with. Edits survive a refused save. */
export function DefaultsForm({ defaults }: { defaults: Defaults }) {
  const [name, setName] = useState(defaults.name);
  const [digestDay, setDigestDay] = useState(String(defaults.digestDay));
  const [digestHour, setDigestHour] = useState(String(defaults.digestHour));
  const [state, action, pending] = useActionState<ActionState, FormData>(updateDefaultsAction, { ok: true });
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={submitWithoutReset(action)} className="max-w-xl space-y-4" noValidate>
      <Field id="org-settings-name" label="Organisation name" error={errors.name?.[0]}>
        <Input
          id="org-settings-name"
          name="name"
          required
          autoComplete="organization"
          value={name}
          onChange={(event) => setName(event.target.value)}
          invalid={Boolean(errors.name)}
        />
      </Field>
      <Field
        id="org-settings-tz"
        label="Time zone"
        hint="New people start in it; each person can pick their own later."
        error={errors.timeZone?.[0]}
      >
        <TimeZoneSelect
          id="org-settings-tz"
          name="timeZone"
          defaultValue={defaults.timeZone}
          invalid={Boolean(errors.timeZone)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="org-settings-day"
          label="Weekly digest day"
          hint="When the email of what to do this week arrives."
          error={errors.digestDay?.[0]}
        >
          <Select
            id="org-settings-day"
            name="digestDay"
            value={digestDay}
            onChange={(event) => setDigestDay(event.target.value)}
            invalid={Boolean(errors.digestDay)}
          >
            {days.map((day, index) => (
              <option key={day} value={index + 1}>
                {day}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="org-settings-hour"
          label="Weekly digest time"
          hint="In each person's own time zone."
          error={errors.digestHour?.[0]}
        >
          <Select
            id="org-settings-hour"
            name="digestHour"
            value={digestHour}
            onChange={(event) => setDigestHour(event.target.value)}
            invalid={Boolean(errors.digestHour)}
          >
            {hours.map((hour) => (
              <option key={hour} value={hour}>
                {`${String(hour).padStart(2, "0")}:00`}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Save defaults
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
