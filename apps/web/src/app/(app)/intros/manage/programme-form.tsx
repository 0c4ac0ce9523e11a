"use client";

import { useActionState, useState } from "react";
import { CADENCES, WEEKDAYS } from "~/components/intros/labels";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { saveProgrammeAction } from "../actions";

export interface ProgrammeValues {
  id?: string;
  name: string;
  teamIds: string[];
  mode: "cross-team" | "within-team";
  groupSize: number;
  cadenceWeeks: number;
  weekday: number;
  active: boolean;
}

const radio = "size-4 accent-[var(--color-accent)]";

function Choice({
  name,
  value,
  checked,
  onChange,
  children,
}: {
  name: string;
  value: string;
  checked?: boolean;
  onChange?: () => void;
  children: React.ReactNode;
}) {
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm">
      <input
        type="radio"
        name={name}
        value={value}
        defaultChecked={onChange ? undefined : checked}
        checked={onChange ? checked : undefined}
        onChange={onChange}
        className={radio}
      />
      {children}
    </label>
  );
}

/** Create or edit a programme. A manager chooses among their own teams; only admins cover everyone. */
export function ProgrammeForm({
  values,
  teams,
  canCoverOrganisation,
}: {
  values: ProgrammeValues;
  teams: { id: string; name: string }[];
  canCoverOrganisation: boolean;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveProgrammeAction, { ok: true });
  const [scope, setScope] = useState(values.teamIds.length > 0 || !canCoverOrganisation ? "teams" : "all");
  const errors = state.fieldErrors ?? {};
  const p = values.id ?? "new";
  return (
    <form onSubmit={submitWithoutReset(action)} action={action} className="max-w-2xl space-y-5" noValidate>
      {values.id ? <input type="hidden" name="programmeId" value={values.id} /> : null}
      <input type="hidden" name="active" value={values.active ? "yes" : "no"} />
      <Field
        id={`${p}-name`}
        label="Name"
        hint="People see it when they join, e.g. Coffee across teams."
        error={errors.name?.[0]}
      >
        <Input
          id={`${p}-name`}
          name="name"
          defaultValue={values.name}
          maxLength={200}
          invalid={Boolean(errors.name)}
        />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Who can take part</legend>
        <div className="flex flex-col gap-1 sm:flex-row sm:gap-6">
          {canCoverOrganisation ? (
            <Choice name="scope" value="all" checked={scope === "all"} onChange={() => setScope("all")}>
              The whole organisation
            </Choice>
          ) : null}
          <Choice name="scope" value="teams" checked={scope === "teams"} onChange={() => setScope("teams")}>
            Chosen teams
          </Choice>
        </div>
        {scope === "teams" ? (
          teams.length === 0 ? (
            <p className="text-sm text-muted">There are no teams you can choose yet.</p>
          ) : (
            <div className="grid gap-1 rounded-lg border border-line p-3 sm:grid-cols-2">
              {teams.map((t) => (
                <label key={t.id} className="flex min-h-11 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="teamIds"
                    value={t.id}
                    defaultChecked={values.teamIds.includes(t.id)}
                    className="size-4 accent-[var(--color-accent)]"
                  />
                  {t.name}
                </label>
              ))}
            </div>
          )
        ) : null}
        {errors.teamIds?.[0] ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {errors.teamIds[0]}
          </p>
        ) : null}
        <p className="text-sm text-muted">
          Everyone chooses for themselves whether to join; nobody is signed up for them.
        </p>
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">How groups are made</legend>
        <Choice name="mode" value="cross-team" checked={values.mode === "cross-team"}>
          Across teams: people meet colleagues they rarely work with
        </Choice>
        <Choice name="mode" value="within-team" checked={values.mode === "within-team"}>
          Within each team: teammates get to know each other
        </Choice>
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Group size</legend>
        <div className="flex flex-col gap-1 sm:flex-row sm:gap-6">
          <Choice name="groupSize" value="2" checked={values.groupSize !== 3}>
            Pairs
          </Choice>
          <Choice name="groupSize" value="3" checked={values.groupSize === 3}>
            Groups of three
          </Choice>
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={`${p}-cadence`} label="How often" error={errors.cadenceWeeks?.[0]}>
          <Select id={`${p}-cadence`} name="cadenceWeeks" defaultValue={String(values.cadenceWeeks)}>
            {CADENCES.map((c) => (
              <option key={c.weeks} value={c.weeks}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={`${p}-weekday`}
          label="On"
          hint="Intros are sent at 10:00 in each person's own time zone."
          error={errors.weekday?.[0]}
        >
          <Select id={`${p}-weekday`} name="weekday" defaultValue={String(values.weekday)}>
            {WEEKDAYS.map((day, i) => (
              <option key={day} value={i + 1}>
                {day}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          {values.id ? "Save changes" : "Start the programme"}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
