"use client";

import { EVENT_KIND_LABELS, EVENT_KINDS } from "@rapport/domain/events";
import { useActionState, useState } from "react";
import { Button, ButtonLink } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
import { type EventActionState, saveEventAction } from "./actions";

export interface EventFormValues {
  eventId?: string;
  teamId?: string;
  title: string;
  kind: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  venue: string;
  onlineUrl: string;
  organiserUrl: string;
  tags: string;
  cost: string;
  description: string;
}

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
  const [allDay, setAllDay] = useState(values.allDay);
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

      <fieldset className="space-y-4 rounded-xl border border-line p-4">
        <legend className="px-1 text-sm font-medium">When</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="allDay"
            checked={allDay}
            onChange={(e) => setAllDay(e.currentTarget.checked)}
            className="size-4 accent-[var(--accent)]"
          />
          All-day event
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="event-start-date" label={allDay ? "First day" : "Starts on"} error={err("startDate")}>
            <Input
              id="event-start-date"
              name="startDate"
              type="date"
              defaultValue={values.startDate}
              required
              invalid={Boolean(err("startDate"))}
            />
          </Field>
          {allDay ? null : (
            <Field id="event-start-time" label="Start time" error={err("startTime")}>
              <Input
                id="event-start-time"
                name="startTime"
                type="time"
                defaultValue={values.startTime}
                invalid={Boolean(err("startTime"))}
              />
            </Field>
          )}
          <Field id="event-end-date" label={allDay ? "Last day" : "Ends on"} error={err("endDate")}>
            <Input
              id="event-end-date"
              name="endDate"
              type="date"
              defaultValue={values.endDate}
              invalid={Boolean(err("endDate"))}
            />
          </Field>
          {allDay ? null : (
            <Field id="event-end-time" label="End time" error={err("endTime") ?? err("endsAt")}>
              <Input
                id="event-end-time"
                name="endTime"
                type="time"
                defaultValue={values.endTime}
                invalid={Boolean(err("endTime") ?? err("endsAt"))}
              />
            </Field>
          )}
          <div className="sm:col-span-2">
            <Field
              id="event-tz"
              label="Time zone"
              hint="The zone the times above are in; teammates see them in their own."
              error={err("timeZone")}
            >
              <TimeZoneSelect
                id="event-tz"
                name="timeZone"
                defaultValue={values.timeZone}
                invalid={Boolean(err("timeZone"))}
              />
            </Field>
          </div>
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="event-venue" label="Venue" hint="Leave empty for an online event." error={err("venue")}>
          <Input id="event-venue" name="venue" defaultValue={values.venue} invalid={Boolean(err("venue"))} />
        </Field>
        <Field id="event-online" label="Online link" error={err("onlineUrl")}>
          <Input
            id="event-online"
            name="onlineUrl"
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={values.onlineUrl}
            invalid={Boolean(err("onlineUrl"))}
          />
        </Field>
        <Field
          id="event-organiser"
          label="Organiser's page"
          hint="Where to register or read more."
          error={err("organiserUrl")}
        >
          <Input
            id="event-organiser"
            name="organiserUrl"
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={values.organiserUrl}
            invalid={Boolean(err("organiserUrl"))}
          />
        </Field>
        <Field id="event-cost" label="Cost" hint="For example “Free” or “£25”." error={err("cost")}>
          <Input id="event-cost" name="cost" defaultValue={values.cost} invalid={Boolean(err("cost"))} />
        </Field>
        <div className="sm:col-span-2">
          <Field
            id="event-tags"
            label="Interest tags"
            hint="Separate with commas, e.g. fintech, product, mentoring."
            error={err("tags")}
          >
            <Input id="event-tags" name="tags" defaultValue={values.tags} invalid={Boolean(err("tags"))} />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field id="event-description" label="Description" error={err("description")}>
            <textarea
              id="event-description"
              name="description"
              rows={4}
              defaultValue={values.description}
              className="block w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink shadow-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
            />
          </Field>
        </div>
      </div>
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
