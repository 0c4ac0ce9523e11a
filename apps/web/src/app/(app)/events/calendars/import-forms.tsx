"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import {
  addSourceAction,
  type FeedState,
  type ImportState,
  importFileAction,
  issueFeedAction,
} from "../actions";

type Team = { teamId: string; name: string };

function TeamSelect({ id, teams }: { id: string; teams: Team[] }) {
  if (teams.length === 1) return <input type="hidden" name="teamId" value={teams[0]?.teamId} />;
  return (
    <Field id={id} label="Into team">
      <Select id={id} name="teamId" defaultValue={teams[0]?.teamId}>
        {teams.map((t) => (
          <option key={t.teamId} value={t.teamId}>
            {t.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function Status({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <p
      aria-live="polite"
      className={
        state.ok ? "text-sm text-green-800 dark:text-green-200" : "text-sm text-red-700 dark:text-red-300"
      }
    >
      {state.message}
    </p>
  );
}

export function ImportFileForm({ teams }: { teams: Team[] }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importFileAction, { ok: true });
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <TeamSelect id="import-team" teams={teams} />
      <Field
        id="import-file"
        label="Calendar file (.ics)"
        hint="Exported from Google Calendar, Outlook, Apple Calendar or a Meetup group. Up to 5 MB."
        error={state.fieldErrors?.file?.[0]}
      >
        <Input
          id="import-file"
          name="file"
          type="file"
          accept=".ics,text/calendar"
          invalid={Boolean(state.fieldErrors?.file)}
          className="file:mr-3 file:rounded-md file:border-0 file:bg-line/60 file:px-3 file:py-1 file:text-sm"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Import events
        </Button>
        {state.fieldErrors?.file ? null : <Status state={state} />}
      </div>
      {state.problems && state.problems.length > 0 ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-medium">
            {state.problems.length} part{state.problems.length === 1 ? "" : "s"} of the file could not be
            used; everything else was imported.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {state.problems.slice(0, 20).map((p) => (
              <li key={`${p.line}-${p.message}`}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}

export function AddSourceForm({ teams }: { teams: Team[] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addSourceAction, { ok: true });
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <TeamSelect id="source-team" teams={teams} />
      <Field
        id="source-url"
        label="Calendar address"
        hint="An iCalendar link, e.g. a Meetup group's or a Luma calendar's. webcal:// links work too."
        error={state.fieldErrors?.url?.[0]}
      >
        <Input
          id="source-url"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://www.meetup.com/your-group/events/ical/"
          invalid={Boolean(state.fieldErrors?.url)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Add calendar
        </Button>
        {state.fieldErrors?.url ? null : <Status state={state} />}
      </div>
    </form>
  );
}

export function IssueFeedForm({
  teamId,
  label,
  existing,
}: {
  teamId?: string;
  label: string;
  existing: boolean;
}) {
  const [state, action, pending] = useActionState<FeedState, FormData>(issueFeedAction, { ok: true });
  const inputId = `feed-url-${teamId ?? "mine"}`;
  return (
    <div className="space-y-3">
      <form action={action} onSubmit={submitWithoutReset(action)}>
        {teamId ? <input type="hidden" name="teamId" value={teamId} /> : null}
        <Button type="submit" variant={existing ? "secondary" : "primary"} size="sm" pending={pending}>
          {existing ? "Get a new link (old one stops working)" : label}
        </Button>
      </form>
      {state.url ? (
        <div className="space-y-1.5">
          <label htmlFor={inputId} className="block text-sm font-medium">
            Your secret feed link
          </label>
          <input
            id={inputId}
            readOnly
            value={state.url}
            onFocus={(e) => e.currentTarget.select()}
            className="block w-full rounded-lg border border-line bg-canvas px-3 py-2 font-mono text-xs"
          />
          <p className="text-sm text-muted">{state.message}</p>
        </div>
      ) : state.message && !state.ok ? (
        <p className="text-sm text-red-700 dark:text-red-300">{state.message}</p>
      ) : null}
    </div>
  );
}
