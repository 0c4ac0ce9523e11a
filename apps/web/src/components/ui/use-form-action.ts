"use client";

import { type FormEvent, startTransition, useActionState, useRef, useState } from "react";
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
  options: {
    /**
     * The API's schema, or a loader for it: a page whose first load should stay light (sign-in) fetches
     * its rules on the first submit instead of shipping zod with the page.
     */
    schema?: ZodType | (() => Promise<ZodType>);
    values?: (formData: FormData) => Record<string, unknown>;
  } = {},
) {
  const [serverState, dispatch, pending] = useActionState<ActionState, FormData>(action, { ok: true });
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>();
  // Set while the rules are being loaded, so a second press meanwhile does not send the form twice.
  const checking = useRef(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || checking.current) return;
    const form = event.currentTarget;
    const formData = new FormData(form);
    if (options.schema) {
      const values = options.values?.(formData) ?? Object.fromEntries(formData);
      let schema: ZodType | undefined;
      if (typeof options.schema === "function") {
        checking.current = true;
        // Rules that cannot be loaded (offline) leave the check to the server.
        schema = await options.schema().catch(() => undefined);
        checking.current = false;
      } else schema = options.schema;
      const errors = schema ? validateForm(schema, values) : undefined;
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
