"use client";

import { useState } from "react";
import { Field, Input } from "~/components/ui/field";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
import type { EventFormValues } from "./event-form-values";

type FieldError = (name: string) => string | undefined;

/** When: all-day or timed, the dates and times, and the zone they are in. */
export function EventWhenFields({ values, err }: { values: EventFormValues; err: FieldError }) {
  const [allDay, setAllDay] = useState(values.allDay);
  return (
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
  );
}

/** Where and what: venue, links, cost, tags and description. */
export function EventDetailFields({ values, err }: { values: EventFormValues; err: FieldError }) {
  return (
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
  );
}
