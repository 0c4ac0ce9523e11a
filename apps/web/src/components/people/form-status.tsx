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
