"use client";

import { type ReactNode, useActionState } from "react";
import { FormStatus } from "~/components/ui/form-status";
import type { ActionState } from "~/server/api";

/**
 * A small form whose buttons say what to do (the pressed button's name and value go with it), with
 * its outcome announced beside them. Works before JavaScript loads, as a plain form post.
 */
export function InlineForm({
  action,
  hidden,
  children,
  className,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden?: Record<string, string>;
  children: (pending: boolean) => ReactNode;
  className?: string;
}) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(action, { ok: true });
  return (
    <form action={dispatch} className={className}>
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(pending)}
      <FormStatus state={state} className="mt-2" />
    </form>
  );
}
