import { cn } from "~/components/ui/cn";
import type { ActionState } from "~/server/api";

/**
 * The outcome of a form beside its button: a quiet confirmation, or the API's reason it did not work.
 * The live region is always rendered so screen readers hear each new message.
 */
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
