"use client";

import { useActionState, useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";
import { FormStatus } from "~/components/ui/form-status";
import type { ActionState } from "~/server/api";
import { resendInvitationAction, revokeInvitationAction } from "./actions";
import { type InvitationRow, orgRoleLabel, teamRoleLabel } from "./types";

const stateBadge = {
  pending: { tone: "accent", label: "Pending" },
  accepted: { tone: "green", label: "Accepted" },
  expired: { tone: "amber", label: "Expired" },
  revoked: { tone: "neutral", label: "Revoked" },
} as const;

export function InvitationList({ invitations }: { invitations: InvitationRow[] }) {
  if (invitations.length === 0) {
    return (
      <EmptyState title="No invitations yet">
        Invite your first colleagues above. You can follow each invitation here until they join.
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-line">
      {invitations.map((invitation) => (
        <InvitationItem key={invitation.id} invitation={invitation} />
      ))}
    </ul>
  );
}

function InvitationItem({ invitation }: { invitation: InvitationRow }) {
  const badge = stateBadge[invitation.state];
  const open = invitation.state === "pending" || invitation.state === "expired";
  const placement = invitation.teamName
    ? `${invitation.teamName}, ${teamRoleLabel[invitation.teamRole].toLowerCase()}`
    : "No team";
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium break-all">{invitation.email}</span>
          <Badge tone={badge.tone}>{badge.label}</Badge>
        </div>
        <p className="text-sm text-muted">
          {placement}
          {invitation.orgRole === "admin" ? ` · ${orgRoleLabel.admin}` : ""} · Sent {invitation.sentOn}
          {invitation.state === "pending" ? ` · Link works until ${invitation.expiresOn}` : ""}
        </p>
      </div>
      {open ? <InvitationActions invitation={invitation} /> : null}
    </li>
  );
}

function InvitationActions({ invitation }: { invitation: InvitationRow }) {
  const [resendState, resend, resending] = useActionState<ActionState, FormData>(resendInvitationAction, {
    ok: true,
  });
  const [revokeState, revoke, revoking] = useActionState<ActionState, FormData>(revokeInvitationAction, {
    ok: true,
  });
  // Both forms share one message line: it shows whichever was used last.
  const [last, setLast] = useState<"resend" | "revoke">("resend");
  return (
    <div className="flex shrink-0 flex-col gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <form
          action={(formData) => {
            setLast("resend");
            resend(formData);
          }}
        >
          <input type="hidden" name="invitationId" value={invitation.id} />
          <Button
            type="submit"
            size="sm"
            variant="secondary"
            pending={resending}
            disabled={revoking}
            aria-label={`Resend the invitation to ${invitation.email}`}
          >
            Resend
          </Button>
        </form>
        <form
          action={(formData) => {
            setLast("revoke");
            revoke(formData);
          }}
        >
          <input type="hidden" name="invitationId" value={invitation.id} />
          <Button
            type="submit"
            size="sm"
            variant="ghost"
            pending={revoking}
            disabled={resending}
            aria-label={`Revoke the invitation to ${invitation.email}`}
          >
            Revoke
          </Button>
        </form>
      </div>
      <FormStatus state={last === "revoke" ? revokeState : resendState} />
    </div>
  );
}
