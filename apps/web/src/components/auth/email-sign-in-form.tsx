"use client";

import { useEffect, useState } from "react";
import { requestSignInLink } from "~/app/sign-in/actions";
import { ssoRequiredFor } from "~/app/sign-in/sso-actions";
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
    // zod is most of a page's script: the sign-in page loads it only when the form is first sent.
    schema: () => import("./sign-in-schema").then((m) => m.signInSchema),
  });
  const error = state.fieldErrors?.email?.[0];
  const [typed, setTyped] = useState(defaultEmail ?? "");
  const sso = useSsoNotice(typed);
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        id="email"
        label="Work email"
        error={error}
        hint={
          sso
            ? `Your organisation signs in with ${sso}: you will continue there.`
            : "We will email you a link that signs you in. No password needed."
        }
      >
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={defaultEmail}
          onChange={(event) => setTyped(event.target.value)}
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
        {sso ? `Continue to ${sso}` : pending ? "Sending your link…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}

/** Enough to ask the server about the domain; the address itself is checked when the form is sent. */
const LOOKS_LIKE_AN_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The SSO provider's name when the typed address is at a domain that must sign in with it. */
function useSsoNotice(email: string): string | undefined {
  const [provider, setProvider] = useState<string>();
  useEffect(() => {
    if (!LOOKS_LIKE_AN_ADDRESS.test(email.trim())) {
      setProvider(undefined);
      return;
    }
    let current = true;
    // Asked once typing pauses, not on every key.
    const timer = setTimeout(() => {
      ssoRequiredFor(email)
        .then((answer) => current && setProvider(answer.sso ? answer.provider : undefined))
        .catch(() => current && setProvider(undefined));
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [email]);
  return provider;
}
