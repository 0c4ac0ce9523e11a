"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, api, formAction } from "~/server/api";

const PAGE = "/settings/organisation";

function text(formData: FormData, key: string): string {
  return String(formData.get(key) ?? "").trim();
}

/** Runs one mutation for a form; on success the page (and, when asked, the shell around it) re-renders. */
async function mutate(
  work: Parameters<typeof formAction>[0],
  options: { shell?: boolean } = {},
): Promise<ActionState> {
  const state = await formAction(work);
  if (state.ok) {
    revalidatePath(PAGE);
    // The shell shows the organisation name and, for admins only, the Organisation link.
    if (options.shell) revalidatePath("/(app)", "layout"); // signed-in pages only, as in profile/actions.ts
  }
  return state;
}

function missing(field: string, message: string): ActionState {
  return { ok: false, message, fieldErrors: { [field]: [message] } };
}

export async function inviteAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(async () => {
    const invitation = await (await api()).invitations.create({
      email: text(formData, "email"),
      teamId: text(formData, "teamId") || undefined,
      orgRole: text(formData, "orgRole") === "admin" ? "admin" : "member",
      teamRole: text(formData, "teamRole") === "manager" ? "manager" : "employee",
    });
    return `Invitation sent to ${invitation.email}.`;
  });
}

export async function resendInvitationAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(async () => {
    await (await api()).invitations.resend({ invitationId: text(formData, "invitationId") });
    return "A fresh link is on its way.";
  });
}

export async function revokeInvitationAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(async () => {
    await (await api()).invitations.revoke({ invitationId: text(formData, "invitationId") });
    return "Invitation revoked.";
  });
}

export async function createTeamAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(async () => {
    const team = await (await api()).organisation.createTeam({ name: text(formData, "name") });
    return `${team.name} is ready. Add people to it below.`;
  });
}

export async function renameTeamAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(async () => {
    await (await api()).organisation.renameTeam({
      teamId: text(formData, "teamId"),
      name: text(formData, "name"),
    });
    return "Renamed.";
  });
}

export async function deleteTeamAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(async () => {
    await (await api()).organisation.deleteTeam({ teamId: text(formData, "teamId") });
    return "Team deleted.";
  });
}

export async function setRoleAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(
    async () => {
      await (await api()).organisation.setRole({
        userId: text(formData, "userId"),
        role: text(formData, "role") === "admin" ? "admin" : "member",
      });
      return "Role saved.";
    },
    { shell: true },
  );
}

export async function placeInTeamAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const teamId = text(formData, "teamId");
  if (!teamId) return missing("teamId", "Choose a team first.");
  return mutate(async () => {
    await (await api()).organisation.placeInTeam({
      userId: text(formData, "userId"),
      teamId,
      role: text(formData, "role") === "manager" ? "manager" : "employee",
    });
    return "Saved.";
  });
}

export async function removeFromTeamAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(async () => {
    await (await api()).organisation.removeFromTeam({
      userId: text(formData, "userId"),
      teamId: text(formData, "teamId"),
    });
  });
}

export async function removeMemberAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(
    async () => {
      await (await api()).organisation.removeMember({ userId: text(formData, "userId") });
    },
    { shell: true },
  );
}

export async function updateDefaultsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(
    async () => {
      await (await api()).organisation.update({
        name: text(formData, "name"),
        timeZone: text(formData, "timeZone"),
        digestDay: Number(text(formData, "digestDay")),
        digestHour: Number(text(formData, "digestHour")),
      });
      return "Defaults saved.";
    },
    { shell: true },
  );
}

export async function declareSsoDomainAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(async () => {
    const row = await (await api()).sso.declareDomain({
      domain: text(formData, "domain"),
      policy: text(formData, "policy") === "required" ? "required" : "authoritative",
    });
    return row.policy === "required"
      ? `People at ${row.domain} now sign in with company SSO only.`
      : `People at ${row.domain} now sign in with company SSO.`;
  });
}

export async function removeSsoDomainAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return mutate(async () => {
    await (await api()).sso.removeDomain({ domainId: text(formData, "domainId") });
  });
}
