"use client";

import { useActionState } from "react";
import { deleteGoalAction } from "~/app/(app)/goals/actions";
import { Button } from "~/components/ui/button";
import { FormStatus } from "~/components/ui/form-status";
import type { ActionState } from "~/server/api";

/** Deleting a goal sits behind a disclosure and says what goes with it; archiving is the gentler option. */
export function DeleteGoalForm({ goalId, title }: { goalId: string; title: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteGoalAction, { ok: true });
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-red-700 dark:text-red-300">
        Delete this goal…
      </summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="goalId" value={goalId} />
        <p className="text-sm text-muted">
          This removes “{title}”, its action plan and its check-ins for good. To keep its history out of the
          way instead, archive it from the goal's page.
        </p>
        <Button type="submit" variant="danger" size="sm" pending={pending}>
          Delete the goal
        </Button>
        <FormStatus state={state} />
      </form>
    </details>
  );
}
