"use client";

import Link from "next/link";
import { checkInFromToday } from "~/app/(app)/today/actions";
import { Button } from "~/components/ui/button";
import { useTodayAction } from "./use-today-action";

/** A hand-counted goal takes "+1" right here; every goal opens its plan. */
export function GoalActions({ goalId, title, manual }: { goalId: string; title: string; manual: boolean }) {
  const { act, pending, error } = useTodayAction();
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      {manual ? (
        <Button
          size="sm"
          variant="secondary"
          pending={pending}
          onClick={() => act(() => checkInFromToday(goalId, 1))}
        >
          {/* The name starts with the words on the button, so a voice command for what is seen works. */}
          Check in +1<span className="sr-only"> for {title}</span>
        </Button>
      ) : null}
      <Link href={`/goals/${goalId}`} className="text-sm font-medium text-accent underline">
        Open plan<span className="sr-only"> for {title}</span>
      </Link>
      {error ? (
        <p role="alert" className="w-full text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
