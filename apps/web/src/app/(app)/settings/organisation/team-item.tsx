"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import type { ActionState } from "~/server/api";
import { deleteTeamAction, renameTeamAction } from "./actions";
import type { TeamRow } from "./types";

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/** One team: its counts, an inline rename and a delete that asks once more before it happens. */
export function TeamItem({ team }: { team: TeamRow }) {
  const [mode, setMode] = useState<"view" | "rename" | "delete">("view");
  const [name, setName] = useState(team.name);
  // Where focus returns when the inline form closes: the button that opened it.
  const opener = useRef<string | null>(null);
  const inputId = `team-${team.id}-name`;
  const confirmId = `team-${team.id}-confirm-delete`;

  const [renameState, rename, renaming] = useActionState<ActionState, FormData>(
    async (previous, formData) => {
      const next = await renameTeamAction(previous, formData);
      if (next.ok) setMode("view");
      return next;
    },
    { ok: true },
  );
  const [deleteState, remove, deleting] = useActionState<ActionState, FormData>(deleteTeamAction, {
    ok: true,
  });

  useEffect(() => {
    const target = mode === "rename" ? inputId : mode === "delete" ? confirmId : opener.current;
    if (target) document.getElementById(target)?.focus();
  }, [mode, inputId, confirmId]);

  function open(next: "rename" | "delete") {
    opener.current = `team-${team.id}-${next}`;
    setMode(next);
  }
  const renameError = renameState.ok
    ? undefined
    : (renameState.fieldErrors?.name?.[0] ?? renameState.message);

  return (
    <li className="py-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium break-words">{team.name}</p>
          <p className="text-sm text-muted">
            {plural(team.members, "person", "people")} · {plural(team.managers, "manager", "managers")}
          </p>
        </div>
        {mode === "view" ? (
          <div className="flex gap-2">
            <Button
              id={`team-${team.id}-rename`}
              size="sm"
              variant="secondary"
              onClick={() => open("rename")}
              aria-label={`Rename ${team.name}`}
            >
              Rename
            </Button>
            <Button
              id={`team-${team.id}-delete`}
              size="sm"
              variant="ghost"
              onClick={() => open("delete")}
              aria-label={`Delete ${team.name}`}
            >
              Delete
            </Button>
          </div>
        ) : null}
      </div>

      {mode === "rename" ? (
        <form action={rename} className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-start" noValidate>
          <input type="hidden" name="teamId" value={team.id} />
          <div className="min-w-0 flex-1">
            <Field id={inputId} label={`New name for ${team.name}`} hideLabel error={renameError}>
              <Input
                id={inputId}
                name="name"
                required
                maxLength={60}
                value={name}
                onChange={(event) => setName(event.target.value)}
                invalid={Boolean(renameError)}
              />
            </Field>
          </div>
          <div className="flex gap-2">
            <Button type="submit" pending={renaming}>
              Save name
            </Button>
            <Button
              variant="ghost"
              disabled={renaming}
              onClick={() => {
                setName(team.name);
                setMode("view");
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : null}

      {mode === "delete" ? (
        <form action={remove} className="mt-3 rounded-lg border border-red-200 p-3 dark:border-red-900">
          <input type="hidden" name="teamId" value={team.id} />
          <p className="text-sm">
            Delete {team.name}?{" "}
            {team.members > 0
              ? `Its ${plural(team.members, "person stays", "people stay")} in the organisation, just not in this team.`
              : "Nobody is in it yet."}
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <Button
              id={confirmId}
              type="submit"
              size="sm"
              variant="danger"
              pending={deleting}
              aria-label={`Confirm delete ${team.name}`}
            >
              Confirm delete
            </Button>
            <Button size="sm" variant="ghost" disabled={deleting} onClick={() => setMode("view")}>
              Keep team
            </Button>
            <FormStatus state={deleteState.ok ? { ok: true } : deleteState} />
          </div>
        </form>
      ) : null}

      {mode === "view" ? (
        <FormStatus state={renameState.ok ? renameState : { ok: true }} className="mt-1" />
      ) : null}
    </li>
  );
}
