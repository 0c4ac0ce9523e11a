import { cn } from "~/components/ui/cn";
import type { ActionState } from "~/server/api";

/** A form's outcome beside its button; the live region is always there so each message is announced. */
export function FormStatus({ state, className }: { state: ActionState; className?: string }) {
  return (
    <p aria-live="polite" className={cn("text-sm", className)}>
      {state.message ? (
        <span className={state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}>
          {state.message}
        </span>
      ) : null}
    </p>
  );
}

/** A form-level error that belongs to no one field (those sit under their field, in Field). */
export function FormError({ message, className }: { message?: string; className?: string }) {
  return message ? (
    <p role="alert" className={cn("text-sm text-red-700 dark:text-red-300", className)}>
      {message}
    </p>
  ) : null;
}
