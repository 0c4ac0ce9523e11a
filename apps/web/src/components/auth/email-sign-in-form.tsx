"use client";

import { useActionState } from "react";
import { requestSignInLink } from "~/app/sign-in/actions";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";

export function EmailSignInForm({
  callbackUrl,
  defaultEmail,
}: {
  callbackUrl: string;
  defaultEmail?: string;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(requestSignInLink, { ok: true });
  const error = state.fieldErrors?.email?.[0];
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        id="email"
        label="Work email"
        error={error}
        hint="We will email you a link that signs you in. No password needed."
      >
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={defaultEmail}
          placeholder="you@company.com"
          invalid={Boolean(error)}
        />
      </Field>
      {!state.ok && !error && state.message ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" pending={pending} className="w-full">
        {pending ? "Sending your link…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
