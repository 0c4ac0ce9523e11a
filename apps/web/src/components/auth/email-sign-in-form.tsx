"use client";

import { emailAddress } from "@rapport/api/validation";
import { z } from "zod";
import { requestSignInLink } from "~/app/sign-in/actions";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { useFormAction } from "~/components/ui/use-form-action";

export function EmailSignInForm({
  callbackUrl,
  defaultEmail,
}: {
  callbackUrl: string;
  defaultEmail?: string;
}) {
  const { state, pending, formProps } = useFormAction(requestSignInLink, {
    schema: z.object({ email: emailAddress }),
  });
  const error = state.fieldErrors?.email?.[0];
  return (
    <form {...formProps} className="space-y-4">
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
