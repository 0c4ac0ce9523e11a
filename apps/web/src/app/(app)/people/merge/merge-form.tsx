"use client";

import type { MergeChoosable } from "@rapport/domain/contacts";
import { useActionState } from "react";
import { Button, ButtonLink } from "~/components/ui/button";
import { FormStatus } from "~/components/ui/form-status";
import { formatFullDay } from "~/lib/dates";
import type { ActionState } from "~/server/api";
import { mergeContactsAction } from "../actions";

export interface MergeRecord {
  id: string;
  name: string;
  values: Record<MergeChoosable, string | null>;
  conversations: number;
  followUps: number;
}

const LABELS: Record<MergeChoosable, string> = {
  name: "Name",
  company: "Company",
  role: "Role",
  email: "Email",
  phone: "Phone",
  linkedinUrl: "LinkedIn",
  metOn: "Met on",
  metWhere: "Met where",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function MergeForm({
  records,
  conflicts,
  defaults,
}: {
  records: MergeRecord[];
  conflicts: MergeChoosable[];
  defaults: Record<string, string>;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(mergeContactsAction, { ok: true });
  return (
    <form action={action} className="space-y-6">
      {records.map((r) => (
        <input key={r.id} type="hidden" name="contactIds" value={r.id} />
      ))}
      <ul className="grid gap-3 sm:grid-cols-2" aria-label="Records being merged">
        {records.map((r, i) => (
          <li key={r.id} className="rounded-lg border border-line p-3 text-sm">
            <p className="font-medium">{r.name}</p>
            <p className="text-muted">{r.values.company ?? "No company"}</p>
            <p className="mt-1 text-muted">
              {plural(r.conversations, "conversation", "conversations")} ·{" "}
              {plural(r.followUps, "follow-up", "follow-ups")}
              {i === 0 ? " · keeps its page" : ""}
            </p>
          </li>
        ))}
      </ul>
      {conflicts.length === 0 ? (
        <p className="text-sm text-muted">Their details do not disagree: nothing to choose.</p>
      ) : (
        conflicts.map((field) => (
          <Choice key={field} field={field} records={records} defaultId={defaults[field]} />
        ))
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          {pending ? "Merging…" : `Merge into one person`}
        </Button>
        <ButtonLink href="/people/merge" variant="ghost">
          Pick other records
        </ButtonLink>
        <FormStatus state={state} />
      </div>
    </form>
  );
}

function Choice({
  field,
  records,
  defaultId,
}: {
  field: MergeChoosable;
  records: MergeRecord[];
  defaultId: string | undefined;
}) {
  // One option per distinct value (two records may agree while a third differs).
  const options = records.filter(
    (r, i) => r.values[field] && records.findIndex((o) => o.values[field] === r.values[field]) === i,
  );
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium">{LABELS[field]}</legend>
      {options.map((r) => {
        const value = r.values[field] ?? "";
        return (
          <label
            key={r.id}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-line px-3 py-2 text-sm"
          >
            <input
              type="radio"
              name={`choose.${field}`}
              value={r.id}
              defaultChecked={r.id === (defaultId ?? options[0]?.id)}
              className="size-5 accent-[var(--accent)]"
            />
            <span className="min-w-0 break-words">{field === "metOn" ? formatFullDay(value) : value}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
