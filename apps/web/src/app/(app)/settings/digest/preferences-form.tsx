"use client";

import { DIGEST_SECTIONS, type DigestSectionId } from "@rapport/domain/digest";
import { useActionState, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { updateDigestPreferencesAction } from "./actions";

const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const hours = Array.from({ length: 24 }, (_, hour) => hour);
const SECTION_LABELS: Record<DigestSectionId, string> = {
  followUps: "Follow-ups due and overdue",
  events: "Team events in the next two weeks",
  goals: "Your goals and their pace",
  lastWeek: "Last week in numbers",
  tip: "A coaching tip",
  action: "One thing to try this week",
};

export function DigestPreferencesForm({
  initial,
}: {
  initial: { enabled: boolean; day: number; hour: number; hiddenSections: string[] };
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
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Sections in my email</legend>
        <p className="text-sm text-muted">Today always shows everything; this only shapes the email.</p>
        {DIGEST_SECTIONS.map((id) => (
          <label key={id} className="flex min-h-9 items-center gap-3 text-sm">
            <input
              type="checkbox"
              name={`section-${id}`}
              defaultChecked={!initial.hiddenSections.includes(id)}
              className="size-5 rounded border-line accent-brand-600"
            />
            {SECTION_LABELS[id]}
          </label>
        ))}
      </fieldset>
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
