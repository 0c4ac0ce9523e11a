"use client";

import { subscribeLinks } from "@rapport/domain/calendar";
import { useActionState, useState } from "react";
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
        <FeedLink url={state.url} inputId={inputId} message={state.message} />
      ) : state.message && !state.ok ? (
        <p className="text-sm text-red-700 dark:text-red-300">{state.message}</p>
      ) : null}
    </div>
  );
}

/**
 * The feed link, once: a copy button, and one-click subscribe links (webcal:// for Apple Calendar and
 * most desktop apps, Google Calendar and Outlook by their "add by URL" addresses).
 */
function FeedLink({ url, inputId, message }: { url: string; inputId: string; message?: string }) {
  const [copied, setCopied] = useState(false);
  const links = subscribeLinks(url);
  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block text-sm font-medium">
        Your secret feed link
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="block min-w-0 flex-1 rounded-lg border border-line bg-canvas px-3 py-2 font-mono text-xs"
        />
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {copied ? "Feed link copied." : ""}
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Subscribe in your calendar app">
        <li>
          <a className="font-medium text-accent underline" href={links.webcal}>
            Open in your calendar app
          </a>
        </li>
        <li>
          <a
            className="font-medium text-accent underline"
            href={links.google}
            target="_blank"
            rel="noreferrer"
          >
            Add to Google Calendar
          </a>
        </li>
        <li>
          <a
            className="font-medium text-accent underline"
            href={links.outlook}
            target="_blank"
            rel="noreferrer"
          >
            Add to Outlook
          </a>
        </li>
      </ul>
      <p className="text-sm text-muted">{message}</p>
    </div>
  );
}
