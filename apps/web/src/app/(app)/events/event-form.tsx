"use client";

import { EVENT_KIND_LABELS, EVENT_KINDS } from "@rapport/domain/events";
import { useActionState } from "react";
import { Button, ButtonLink } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import { type EventActionState, saveEventAction } from "./actions";
import { EventDetailFields, EventWhenFields } from "./event-form-sections";
import type { EventFormValues } from "./event-form-values";

export function EventForm({
  values,
  teams,
  cancelHref,
}: {
  values: EventFormValues;
  teams: { teamId: string; name: string }[];
  cancelHref: string;
}) {
  const [state, action, pending] = useActionState<EventActionState, FormData>(saveEventAction, { ok: true });
  const errors = state.fieldErrors ?? {};
  const err = (name: string) => errors[name]?.[0];
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-6" noValidate>
      {values.eventId ? <input type="hidden" name="eventId" value={values.eventId} /> : null}
      {state.message && !state.ok ? (
        <p
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {state.message}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field id="event-title" label="Title" error={err("title")}>
            <Input
              id="event-title"
              name="title"
              defaultValue={values.title}
              required
              invalid={Boolean(err("title"))}
            />
          </Field>
        </div>
        {values.eventId ? null : (
          <Field
            id="event-team"
            label="Team"
            hint="Everyone in this team sees the event and who is going."
            error={err("teamId")}
          >
            <Select
              id="event-team"
              name="teamId"
              defaultValue={values.teamId}
              invalid={Boolean(err("teamId"))}
            >
              {teams.map((t) => (
                <option key={t.teamId} value={t.teamId}>
                  {t.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field id="event-kind" label="Kind" error={err("kind")}>
          <Select id="event-kind" name="kind" defaultValue={values.kind} invalid={Boolean(err("kind"))}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {EVENT_KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <EventWhenFields values={values} err={err} />
      <EventDetailFields values={values} err={err} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          {values.eventId ? "Save changes" : "Add event"}
        </Button>
        <ButtonLink href={cancelHref} variant="ghost">
          Back
        </ButtonLink>
      </div>
    </form>
  );
}
