"use client";

import { rsvpFromToday } from "~/app/(app)/today/actions";
import { cn } from "~/components/ui/cn";
import { useTodayAction } from "./use-today-action";

type Rsvp = "interested" | "going" | "attended" | null;

/** Interested / Going in one press; pressing the current answer takes it back. */
export function EventRsvp({ eventId, title, current }: { eventId: string; title: string; current: Rsvp }) {
  const { act, pending, error } = useTodayAction();
  const choice = (status: "interested" | "going", label: string) => {
    const on = current === status;
    return (
      <button
        type="button"
        aria-pressed={on}
        disabled={pending}
        aria-label={`${label}: ${title}`}
        onClick={() => act(() => rsvpFromToday(eventId, on ? "none" : status, current))}
        className={cn(
          "min-h-9 rounded-lg border px-3 text-sm font-medium focus:outline-none focus:ring-2 focus:ring-accent/40 disabled:opacity-60",
          on ? "border-accent bg-accent text-white" : "border-line hover:bg-line/40",
        )}
      >
        {label}
      </button>
    );
  };
  return (
    <div className="flex flex-col gap-1">
      <div className="flex gap-2">
        {choice("interested", "Interested")}
        {choice("going", "Going")}
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
