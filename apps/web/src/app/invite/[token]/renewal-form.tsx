"use client";

import { useActionState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import type { ActionState } from "~/server/api";
import { requestRenewalAction } from "./renewal-action";

/** "Ask for a new invitation" on an expired link: emails the admin who sent it. */
export function RenewalForm({ token, who }: { token: string; who: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(requestRenewalAction, { ok: true });
  if (state.ok && state.message) return <Alert tone="success">{state.message}</Alert>;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {!state.ok && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <Button type="submit" pending={pending} className="w-full">
        Ask {who} for a new invitation
      </Button>
    </form>
  );
}
