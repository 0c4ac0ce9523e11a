"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { placeInTeamAction, removeFromTeamAction, removeMemberAction, setRoleAction } from "./actions";
import { FormStatus } from "./form-status";
import type { MemberRow, OrgRole, TeamOption } from "./types";

/** Admin or member; a refused change (the last admin stepping down) snaps back and says why. */
export function RoleForm({ userId, who, role }: { userId: string; who: string; role: OrgRole }) {
  const [choice, setChoice] = useState<OrgRole>(role);
  const [state, action, pending] = useActionState<ActionState, FormData>(
    async (previous, formData) => {
      const next = await setRoleAction(previous, formData);
      if (!next.ok) setChoice(role);
      return next;
    },
    { ok: true },
  );
  const id = `member-${userId}-role`;
  return (
    <form onSubmit={submitWithoutReset(action)} className="w-48 space-y-1.5">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">
        Organisation role for {who}
      </label>
      <div className="flex gap-2">
        <Select
          id={id}
          name="role"
          value={choice}
          onChange={(event) => setChoice(event.target.value === "admin" ? "admin" : "member")}
          className="text-sm"
        >
          <option value="member">Member</option>
          <option value="admin">Admin</option>
        </Select>
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          pending={pending}
          disabled={choice === role}
          aria-label={`Save the organisation role for ${who}`}
        >
          Save
        </Button>
      </div>
      <FormStatus state={state} className="text-xs" />
    </form>
  );
}

export function RemoveFromTeamButton({
  userId,
  teamId,
  label,
}: {
  userId: string;
  teamId: string;
  label: string;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(removeFromTeamAction, { ok: true });
  return (
    <form action={action} className="contents">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="teamId" value={teamId} />
      <Button type="submit" size="sm" variant="ghost" pending={pending} aria-label={label}>
        Remove
      </Button>
      {state.ok ? null : <FormStatus state={state} className="basis-full text-xs" />}
    </form>
  );
}

/** Places someone in a team; picking a team they are already in changes their role there instead. */
export function AddToTeamForm({
  userId,
  who,
  teams,
  current,
}: {
  userId: string;
  who: string;
  teams: TeamOption[];
  current: MemberRow["teams"];
}) {
  const [teamId, setTeamId] = useState("");
  const [role, setRole] = useState("employee");
  const [state, action, pending] = useActionState<ActionState, FormData>(
    async (previous, formData) => {
      const next = await placeInTeamAction(previous, formData);
      if (next.ok) setTeamId("");
      return next;
    },
    { ok: true },
  );
  const alreadyIn = current.some((placement) => placement.teamId === teamId);
  const teamSelectId = `member-${userId}-team`;
  const roleSelectId = `member-${userId}-team-role`;
  return (
    <form onSubmit={submitWithoutReset(action)} className="space-y-1.5" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap gap-2">
        <label htmlFor={teamSelectId} className="sr-only">
          Team for {who}
        </label>
        <Select
          id={teamSelectId}
          name="teamId"
          value={teamId}
          onChange={(event) => setTeamId(event.target.value)}
          invalid={Boolean(state.fieldErrors?.teamId)}
          className="w-auto max-w-48 text-sm"
        >
          <option value="">Choose a team</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
              {current.some((placement) => placement.teamId === team.id) ? " (change role)" : ""}
            </option>
          ))}
        </Select>
        <label htmlFor={roleSelectId} className="sr-only">
          Role in that team for {who}
        </label>
        <Select
          id={roleSelectId}
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value)}
          className="w-auto text-sm"
        >
          <option value="employee">Team member</option>
          <option value="manager">Manager</option>
        </Select>
        <Button type="submit" size="sm" variant="secondary" pending={pending}>
          {alreadyIn ? "Change role" : "Add to team"}
        </Button>
      </div>
      <FormStatus state={state} className="text-xs" />
    </form>
  );
}

/** Removing someone takes two clicks: the first only asks. */
export function RemoveMemberForm({ userId, who }: { userId: string; who: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<ActionState, FormData>(removeMemberAction, { ok: true });
  const opened = useRef(false);
  const startId = `member-${userId}-remove`;
  const confirmId = `member-${userId}-confirm-remove`;

  useEffect(() => {
    if (confirming) document.getElementById(confirmId)?.focus();
    else if (opened.current) document.getElementById(startId)?.focus();
  }, [confirming, confirmId, startId]);

  if (!confirming) {
    return (
      <Button
        id={startId}
        size="sm"
        variant="ghost"
        onClick={() => {
          opened.current = true;
          setConfirming(true);
        }}
        aria-label={`Remove from organisation: ${who}`}
      >
        Remove from organisation
      </Button>
    );
  }
  return (
    <form action={action} className="ml-auto max-w-56 space-y-2 text-left">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-xs text-muted">
        {who} loses access to the organisation and its teams. What they logged stays theirs.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          id={confirmId}
          type="submit"
          size="sm"
          variant="danger"
          pending={pending}
          aria-label={`Confirm remove ${who} from the organisation`}
        >
          Confirm remove
        </Button>
        <Button size="sm" variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
      <FormStatus state={state.ok ? { ok: true } : state} className="text-xs" />
    </form>
  );
}
