"use client";

import { checkInIntroAction } from "~/app/(app)/intros/actions";
import { Button } from "~/components/ui/button";
import { useTodayAction } from "./use-today-action";

/** "Did you meet?": we met, not yet (it stays on Today), or we couldn't (that's fine). */
export function IntroCheckIn({
  groupId,
  who,
  answer,
  due,
}: {
  groupId: string;
  who: string;
  answer: "met" | "not_yet" | "could_not" | null;
  due: boolean;
}) {
  const { act, pending, error } = useTodayAction();
  return (
    <section aria-labelledby={`checkin-${groupId}`} className="rounded-lg bg-line/30 p-4">
      <h3 id={`checkin-${groupId}`} className="text-sm font-medium">
        Did you meet {who}?
      </h3>
      <p className="mt-1 text-sm text-muted">
        {answer === "not_yet"
          ? "You said not yet. It stays here until you do, or until the next round."
          : due
            ? "The next round is close. Your answer is your own, and a meeting counts toward your goals."
            : "Tell us once you have. A meeting counts toward your goals; not meeting is fine too."}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" disabled={pending} onClick={() => act(() => checkInIntroAction(groupId, "met"))}>
          We met
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() => act(() => checkInIntroAction(groupId, "not_yet"))}
        >
          Not yet
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={pending}
          onClick={() => act(() => checkInIntroAction(groupId, "could_not"))}
        >
          We couldn't
        </Button>
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </section>
  );
}
