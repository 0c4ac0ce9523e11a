"use client";

import { contactInput } from "@rapport/api/contact-validation";
import { type FormEvent, useState } from "react";
import { Textarea } from "~/components/people/textarea";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { validateForm } from "~/components/ui/validate";
import type { ActionState } from "~/server/api";
import { quickLogAction } from "./actions";
import type { QuickLogEntry, QuickLogPrefill } from "./entry";
import { enqueue } from "./queue";
import { ScanCard } from "./scan-card";

export type SaveOutcome = { kind: "saved"; id: string; name: string } | { kind: "queued"; name: string };

const CARD_FIELDS = [
  { key: "company", label: "Company", type: "text", autoComplete: "organization" },
  { key: "role", label: "Role", type: "text", autoComplete: "organization-title" },
  { key: "email", label: "Email", type: "email", autoComplete: "email" },
  { key: "phone", label: "Phone", type: "tel", autoComplete: "tel" },
  { key: "linkedinUrl", label: "LinkedIn", type: "url", autoComplete: "url" },
] as const;

/**
 * The quick log's fields: a name is enough. Saved straight away when the server answers; when it
 * cannot be reached the entry goes into the offline queue and is sent later under the same id.
 */
export function QuickLogForm({
  initial,
  events,
  onSaved,
}: {
  initial: QuickLogEntry;
  events: { id: string; title: string }[];
  onSaved: (outcome: SaveOutcome) => void;
}) {
  const [entry, setEntry] = useState(initial);
  const [state, setState] = useState<ActionState>({ ok: true });
  const [pending, setPending] = useState(false);
  const set = (key: keyof QuickLogEntry) => (e: { target: { value: string } }) => {
    setEntry((current) => ({ ...current, [key]: e.target.value }));
    // A fixed field stops saying it is wrong; the others keep their messages until the next save.
    setState((current) =>
      current.fieldErrors?.[key]
        ? { ...current, fieldErrors: { ...current.fieldErrors, [key]: undefined } }
        : current,
    );
  };
  const error = (key: string) => state.fieldErrors?.[key]?.[0];
  const [scanned, setScanned] = useState(false);
  const fromCard = scanned || CARD_FIELDS.some((f) => initial[f.key]);
  const fill = (prefill: QuickLogPrefill) => {
    setEntry((current) => ({ ...current, ...prefill }));
    setScanned(true);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const errors = validateForm(contactInput, { ...entry, tags: [] });
    if (errors) {
      setState({ ok: false, message: "Please check the highlighted fields.", fieldErrors: errors });
      return;
    }
    setPending(true);
    try {
      const result = await quickLogAction(entry);
      if (result.ok) onSaved({ kind: "saved", id: result.id, name: result.name });
      else setState({ ok: false, message: result.message, fieldErrors: result.fieldErrors });
    } catch {
      // No answer: no signal, or the server is away. Keep it on this device and send it later.
      await enqueue(entry);
      onSaved({ kind: "queued", name: entry.name });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <ScanCard onScanned={fill} />
      <Field id="quick-log-name" label="Name" error={error("name")}>
        <Input
          id="quick-log-name"
          name="name"
          autoComplete="off"
          value={entry.name}
          onChange={set("name")}
          invalid={Boolean(error("name"))}
          required
        />
      </Field>
      {events.length > 0 ? (
        <Field id="quick-log-event" label="Met at an event" error={error("metEventId")}>
          <Select
            id="quick-log-event"
            name="metEventId"
            value={entry.metEventId}
            onChange={set("metEventId")}
            invalid={Boolean(error("metEventId"))}
          >
            <option value="">None of these</option>
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field id="quick-log-where" label="Where you met" hint="Optional" error={error("metWhere")}>
        <Input
          id="quick-log-where"
          name="metWhere"
          value={entry.metWhere}
          onChange={set("metWhere")}
          invalid={Boolean(error("metWhere"))}
        />
      </Field>
      <Field id="quick-log-note" label="A note" hint="Optional" error={error("notes")}>
        <Textarea
          id="quick-log-note"
          name="notes"
          rows={2}
          className="min-h-16"
          value={entry.notes}
          onChange={set("notes")}
          invalid={Boolean(error("notes"))}
        />
      </Field>
      <CardFields entry={entry} open={fromCard} error={error} set={set} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} className="max-sm:w-full">
          Save person
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}

/** The fields a business card or a scanned code carries, folded away until there is something in them. */
function CardFields({
  entry,
  open,
  error,
  set,
}: {
  entry: QuickLogEntry;
  open: boolean;
  error: (key: string) => string | undefined;
  set: (key: keyof QuickLogEntry) => (e: { target: { value: string } }) => void;
}) {
  return (
    <details open={open} className="rounded-lg border border-line p-3">
      <summary className="cursor-pointer text-sm font-medium">More from their card</summary>
      <div className="mt-3 space-y-3">
        {CARD_FIELDS.map((f) => (
          <Field key={f.key} id={`quick-log-${f.key}`} label={f.label} error={error(f.key)}>
            <Input
              id={`quick-log-${f.key}`}
              name={f.key}
              type={f.type}
              autoComplete={f.autoComplete}
              value={entry[f.key]}
              onChange={set(f.key)}
              invalid={Boolean(error(f.key))}
            />
          </Field>
        ))}
      </div>
    </details>
  );
}
