"use client";

import { useActionState, useState } from "react";
import { Button } from "~/components/ui/button";
import { DialogClose } from "~/components/ui/dialog";
import { Field, Select } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { placeInTeamAction, removeFromTeamAction, removeMemberAction, setRoleAction } from "./actions";
import type { MemberRow, OrgRole, TeamOption } from "./types";

/** Runs a server action; on success hands its message to `onDone` (which closes the dialog). */
function useMemberAction(
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>,
  onDone: (message: string) => void,
  doneMessage: (formData: FormData) => string,
) {
  return useActionState<ActionState, FormData>(
    async (previous, formData) => {
      const next = await action(previous, formData);
      if (next.ok) onDone(doneMessage(formData));
      return next;
    },
    { ok: true },
  );
}

function Actions({ pending, label, danger }: { pending: boolean; label: string; danger?: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="submit" variant={danger ? "danger" : "primary"} pending={pending}>
        {label}
      </Button>
      <DialogClose asChild>
        <Button variant="ghost" disabled={pending}>
          Cancel
        </Button>
      </DialogClose>
    </div>
  );
}

/** Admin or member; a refused change (the last admin stepping down) says why and changes nothing. */
export function RoleForm({
  member,
  who,
  onDone,
}: {
  member: MemberRow;
  who: string;
  onDone: (m: string) => void;
}) {
  const [choice, setChoice] = useState<OrgRole>(member.role);
  const [state, action, pending] = useMemberAction(
    setRoleAction,
    onDone,
    (data) => `${who} is now ${data.get("role") === "admin" ? "an admin" : "a member"}.`,
  );
  const id = `member-${member.userId}-role`;
  return (
    <form onSubmit={submitWithoutReset(action)} className="space-y-4">
      <input type="hidden" name="userId" value={member.userId} />
      <Field id={id} label="Organisation role" hint="Admins manage teams, invitations and these settings.">
        <Select
          id={id}
          name="role"
          value={choice}
          onChange={(event) => setChoice(event.target.value === "admin" ? "admin" : "member")}
        >
          <option value="member">Member</option>
          <option value="admin">Admin</option>
        </Select>
      </Field>
      <FormStatus state={state.ok ? { ok: true } : state} />
      <Actions pending={pending} label="Save role" />
    </form>
  );
}

/** Places someone in a team; picking a team they are already in changes their role there instead. */
export function AddToTeamForm({
  member,
  who,
  teams,
  onDone,
}: {
  member: MemberRow;
  who: string;
  teams: TeamOption[];
  onDone: (m: string) => void;
}) {
  const [teamId, setTeamId] = useState("");
  const [role, setRole] = useState("employee");
  const [state, action, pending] = useMemberAction(placeInTeamAction, onDone, (data) => {
    const team = teams.find((option) => option.id === data.get("teamId"));
    return `${who} is in ${team?.name ?? "the team"}.`;
  });
  const alreadyIn = member.teams.some((placement) => placement.teamId === teamId);
  const teamSelectId = `member-${member.userId}-team`;
  const roleSelectId = `member-${member.userId}-team-role`;
  return (
    <form onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <input type="hidden" name="userId" value={member.userId} />
      <Field id={teamSelectId} label="Team" error={state.fieldErrors?.teamId?.[0]}>
        <Select
          id={teamSelectId}
          name="teamId"
          value={teamId}
          onChange={(event) => setTeamId(event.target.value)}
          invalid={Boolean(state.fieldErrors?.teamId)}
        >
          <option value="">Choose a team</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
              {member.teams.some((placement) => placement.teamId === team.id) ? " (change role)" : ""}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={roleSelectId} label="Role in the team">
        <Select id={roleSelectId} name="role" value={role} onChange={(event) => setRole(event.target.value)}>
          <option value="employee">Team member</option>
          <option value="manager">Manager</option>
        </Select>
      </Field>
      <FormStatus state={state.ok ? { ok: true } : state} />
      <Actions pending={pending} label={alreadyIn ? "Change role" : "Add to team"} />
    </form>
  );
}

/** Takes someone out of one team; they stay in the organisation. */
export function LeaveTeamForm({
  member,
  who,
  team,
  onDone,
}: {
  member: MemberRow;
  who: string;
  team: { teamId: string; teamName: string };
  onDone: (m: string) => void;
}) {
  const [state, action, pending] = useMemberAction(
    removeFromTeamAction,
    onDone,
    () => `${who} is no longer in ${team.teamName}.`,
  );
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="userId" value={member.userId} />
      <input type="hidden" name="teamId" value={team.teamId} />
      <FormStatus state={state.ok ? { ok: true } : state} />
      <Actions pending={pending} label={`Remove from ${team.teamName}`} danger />
    </form>
  );
}

/** Removes someone from the organisation and its teams; what they logged stays theirs. */
export function RemoveMemberForm({
  member,
  who,
  onDone,
}: {
  member: MemberRow;
  who: string;
  onDone: (m: string) => void;
}) {
  const [state, action, pending] = useMemberAction(removeMemberAction, onDone, () => `${who} was removed.`);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="userId" value={member.userId} />
      <FormStatus state={state.ok ? { ok: true } : state} />
      <Actions pending={pending} label={`Remove ${who}`} danger />
    </form>
  );
}
