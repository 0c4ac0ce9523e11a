"use client";

import { useActionState, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { updateDigestPreferencesAction } from "./actions";

const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const hours = Array.from({ length: 24 }, (_, hour) => hour);

export function DigestPreferencesForm({
  initial,
}: {
  initial: { enabled: boolean; day: number; hour: number };
}) {
  const [enabled, setEnabled] = useState(initial.enabled);
  const [day, setDay] = useState(String(initial.day));
  const [hour, setHour] = useState(String(initial.hour));
  const [state, action, pending] = useActionState<ActionState, FormData>(updateDigestPreferencesAction, {
    ok: true,
  });
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={submitWithoutReset(action)} className="max-w-xl space-y-4" noValidate>
      <label htmlFor="digest-enabled" className="flex items-center gap-3 text-sm font-medium">
        <input
          id="digest-enabled"
          name="enabled"
          type="checkbox"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
          className="size-5 rounded border-line accent-brand-600"
        />
        Send me the weekly digest
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="digest-day" label="Day" error={errors.day?.[0]}>
          <Select
            id="digest-day"
            name="day"
            value={day}
            onChange={(event) => setDay(event.target.value)}
            disabled={!enabled}
            invalid={Boolean(errors.day)}
          >
            {days.map((name, index) => (
              <option key={name} value={index + 1}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="digest-hour" label="Time" hint="In your own time zone." error={errors.hour?.[0]}>
          <Select
            id="digest-hour"
            name="hour"
            value={hour}
            onChange={(event) => setHour(event.target.value)}
            disabled={!enabled}
            invalid={Boolean(errors.hour)}
          >
            {hours.map((h) => (
              <option key={h} value={h}>
                {String(h).padStart(2, "0")}:00
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {/* Disabled selects are not submitted; keep their values so switching off keeps the schedule. */}
      {!enabled ? (
        <>
          <input type="hidden" name="day" value={day} />
          <input type="hidden" name="hour" value={hour} />
        </>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" pending={pending}>
          Save digest settings
        </Button>
        <p aria-live="polite" className="text-sm text-muted">
          {state.ok ? state.message : <span className="text-red-700 dark:text-red-300">{state.message}</span>}
        </p>
      </div>
    </form>
  );
}
