"use client";

import { useActionState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import type { ActionState } from "~/server/api";
import { acceptInvitationAction, joinWithInvitationAction } from "./actions";

/** One button: joins as the signed-in person, or signs the invited person in and joins (`signIn`). */
export function AcceptInvitationForm({
  token,
  label,
  signIn = false,
}: {
  token: string;
  label: string;
  signIn?: boolean;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(
    signIn ? joinWithInvitationAction : acceptInvitationAction,
    { ok: true },
  );
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {!state.ok && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <Button type="submit" pending={pending} className="w-full">
        {label}
      </Button>
    </form>
  );
}
