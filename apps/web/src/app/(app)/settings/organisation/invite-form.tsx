"use client";

import { useActionState, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { inviteAction } from "./actions";
import type { TeamOption } from "./types";

/** Invites one person by email, optionally straight into a team. The email stays typed if something is wrong. */
export function InviteForm({ teams }: { teams: TeamOption[] }) {
  const [email, setEmail] = useState("");
  const [teamId, setTeamId] = useState("");
  const [teamRole, setTeamRole] = useState("employee");
  const [orgRole, setOrgRole] = useState("member");
  const [state, action, pending] = useActionState<ActionState, FormData>(
    async (previous, formData) => {
      const next = await inviteAction(previous, formData);
      if (next.ok) setEmail("");
      return next;
    },
    { ok: true },
  );
  const errors = state.fieldErrors ?? {};

  return (
    <form onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field
            id="invite-email"
            label="Email address"
            hint="They get a link that works for 14 days."
            error={errors.email?.[0]}
          >
            <Input
              id="invite-email"
              name="email"
              type="email"
              autoComplete="off"
              placeholder="sam@company.com"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              invalid={Boolean(errors.email)}
            />
          </Field>
        </div>
        <Field
          id="invite-team"
          label="Team"
          hint={teams.length === 0 ? "Create a team below to place people straight into it." : undefined}
          error={errors.teamId?.[0]}
        >
          <Select
            id="invite-team"
            name="teamId"
            value={teamId}
            onChange={(event) => setTeamId(event.target.value)}
            invalid={Boolean(errors.teamId)}
          >
            <option value="">No team for now</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="invite-team-role"
          label="Role in the team"
          hint={teamId ? undefined : "Used once they are in a team."}
          error={errors.teamRole?.[0]}
        >
          <Select
            id="invite-team-role"
            name="teamRole"
            value={teamRole}
            onChange={(event) => setTeamRole(event.target.value)}
            invalid={Boolean(errors.teamRole)}
          >
            <option value="employee">Team member</option>
            <option value="manager">Manager</option>
          </Select>
        </Field>
        <Field
          id="invite-org-role"
          label="Organisation role"
          hint="Admins can change these settings and invite others."
          error={errors.orgRole?.[0]}
        >
          <Select
            id="invite-org-role"
            name="orgRole"
            value={orgRole}
            onChange={(event) => setOrgRole(event.target.value)}
            invalid={Boolean(errors.orgRole)}
          >
            <option value="member">Member</option>
            <option value="admin">Admin</option>
          </Select>
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Send invitation
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
