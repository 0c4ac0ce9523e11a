"use client";

import { useActionState, useState } from "react";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";
import { Field, Input } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import type { ActionState } from "~/server/api";
import { createTeamAction } from "./actions";
import { TeamItem } from "./team-item";
import type { TeamRow } from "./types";

export function TeamsPanel({ teams }: { teams: TeamRow[] }) {
  return (
    <div className="space-y-6">
      {teams.length === 0 ? (
        <EmptyState title="No teams yet">
          Teams share events and goals, and each can have its own managers. Start with the first one below.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line">
          {teams.map((team) => (
            <TeamItem key={team.id} team={team} />
          ))}
        </ul>
      )}
      <CreateTeamForm />
    </div>
  );
}

function CreateTeamForm() {
  const [name, setName] = useState("");
  const [state, action, pending] = useActionState<ActionState, FormData>(
    async (previous, formData) => {
      const next = await createTeamAction(previous, formData);
      if (next.ok) setName("");
      return next;
    },
    { ok: true },
  );
  const error = state.ok ? undefined : (state.fieldErrors?.name?.[0] ?? state.message);
  return (
    <form action={action} className="rounded-lg border border-line bg-canvas p-4" noValidate>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <Field id="new-team-name" label="Team name" error={error}>
            <Input
              id="new-team-name"
              name="name"
              placeholder="Partnerships"
              required
              maxLength={60}
              value={name}
              onChange={(event) => setName(event.target.value)}
              invalid={Boolean(error)}
            />
          </Field>
        </div>
        <Button type="submit" pending={pending} className="sm:mt-[1.625rem]">
          Create team
        </Button>
      </div>
      <FormStatus state={state.ok ? state : { ok: false }} className="mt-2" />
    </form>
  );
}
