"use client";

import { type FormEvent, startTransition, useActionState, useState } from "react";
import type { ZodType } from "zod";
import type { ActionState } from "~/server/api";
import { validateForm } from "./validate";

/**
 * The one way forms submit: checks the fields against the API's own zod schema first (errors appear
 * beside the fields at once), ignores a second submit while one is under way, keeps what was typed
 * when the server answers with an error, and still works as a plain form before JavaScript loads.
 */
export function useFormAction(
  action: (state: ActionState, formData: FormData) => Promise<ActionState>,
  options: { schema?: ZodType; values?: (formData: FormData) => Record<string, unknown> } = {},
) {
  const [serverState, dispatch, pending] = useActionState<ActionState, FormData>(action, { ok: true });
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const formData = new FormData(form);
    if (options.schema) {
      const values = options.values?.(formData) ?? Object.fromEntries(formData);
      const errors = validateForm(options.schema, values);
      if (errors) {
        setClientErrors(errors);
        form.querySelector<HTMLElement>(`[name="${Object.keys(errors)[0]}"]`)?.focus();
        return;
      }
    }
    setClientErrors(undefined);
    startTransition(() => dispatch(formData));
  }

  const state: ActionState = clientErrors
    ? { ok: false, message: "Please check the highlighted fields.", fieldErrors: clientErrors }
    : serverState;
  return { state, pending, formProps: { action: dispatch, onSubmit, noValidate: true } };
}
