"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
import type { ActionState } from "~/server/api";
import { savePitchAction, saveTimeBlockAction } from "./actions";

const area =
  "block w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink shadow-sm placeholder:text-muted/70 focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";

function Status({ state }: { state: ActionState }) {
  return (
    <p aria-live="polite" className="text-sm">
      {state.message ? (
        <span className={state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}>
          {state.message}
        </span>
      ) : null}
    </p>
  );
}

export function PitchForm({
  values,
}: {
  values: { introduction: string; strengths: string; lookingFor: string; talkingPoints: string[] };
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(savePitchAction, { ok: true });
  const errors = state.fieldErrors ?? {};
  const areaField = (
    id: string,
    name: keyof typeof values,
    label: string,
    hint: string,
    placeholder: string,
  ) => (
    <Field id={id} label={label} hint={hint} error={errors[name]?.[0]}>
      <textarea
        id={id}
        name={name}
        rows={name === "talkingPoints" ? 4 : 3}
        maxLength={name === "talkingPoints" ? 1000 : 400}
        defaultValue={
          Array.isArray(values[name]) ? (values[name] as string[]).join("\n") : (values[name] as string)
        }
        placeholder={placeholder}
        className={area}
      />
    </Field>
  );
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-5" noValidate>
      {areaField(
        "pitch-intro",
        "introduction",
        "Your introduction",
        "Two or three sentences: who you are, what you work on, what you're curious about.",
        "I'm Sam, I look after partner onboarding at Brightwater. Lately I'm curious how other teams make integrations feel effortless.",
      )}
      {areaField(
        "pitch-strengths",
        "strengths",
        "What you bring",
        "Your strengths, or something you could help others with.",
        "I know our partner landscape well and I'm good at untangling messy handovers.",
      )}
      {areaField(
        "pitch-looking",
        "lookingFor",
        "What you're looking for",
        "A mentor, a new area, people who do X. Being specific makes it easy to help you.",
        "Someone who has moved from partnerships into product.",
      )}
      {areaField(
        "pitch-points",
        "talkingPoints",
        "Talking points (one per line)",
        "Topics you'd enjoy talking about, or questions to ask. Up to six.",
        "What's the most useful thing you learned this quarter?\nHow did you get into your role?",
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Save introduction
        </Button>
        <Status state={state} />
      </div>
    </form>
  );
}

const DAYS = [
  ["MO", "Mon"],
  ["TU", "Tue"],
  ["WE", "Wed"],
  ["TH", "Thu"],
  ["FR", "Fri"],
  ["SA", "Sat"],
  ["SU", "Sun"],
] as const;

export function TimeBlockForm({
  values,
}: {
  values: { days: string[]; startTime: string; durationMinutes: number; timeZone: string; startDate: string };
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveTimeBlockAction, { ok: true });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-5" noValidate>
      <input type="hidden" name="startDate" value={values.startDate} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Days</legend>
        <div className="flex flex-wrap gap-2">
          {DAYS.map(([code, label]) => (
            <label
              key={code}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 text-sm has-[:checked]:border-accent has-[:checked]:bg-brand-50 dark:has-[:checked]:bg-brand-900/40"
            >
              <input type="checkbox" name="days" value={code} defaultChecked={values.days.includes(code)} />
              {label}
            </label>
          ))}
        </div>
        {errors.days?.[0] ? (
          <p role="alert" className="mt-1.5 text-sm text-red-700 dark:text-red-300">
            {errors.days[0]}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="block-start" label="Starts at" error={errors.startTime?.[0]}>
          <Input
            id="block-start"
            name="startTime"
            type="time"
            defaultValue={values.startTime}
            invalid={Boolean(errors.startTime)}
          />
        </Field>
        <Field id="block-length" label="For" error={errors.durationMinutes?.[0]}>
          <Select id="block-length" name="durationMinutes" defaultValue={String(values.durationMinutes)}>
            {[15, 30, 45, 60, 90, 120].map((m) => (
              <option key={m} value={m}>
                {m < 60 ? `${m} minutes` : `${m / 60} hour${m === 60 ? "" : "s"}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="block-tz" label="Time zone" error={errors.timeZone?.[0]}>
          <TimeZoneSelect id="block-tz" name="timeZone" defaultValue={values.timeZone} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Save time block
        </Button>
        <Status state={state} />
      </div>
    </form>
  );
}
