"use client";

import { useId, useState } from "react";
import { completeFromToday, logFromToday, snoozeFromToday } from "~/app/(app)/today/actions";
import { Button } from "~/components/ui/button";
import { Menu, MenuItem } from "~/components/ui/menu";
import { useTodayAction } from "./use-today-action";

const KINDS = [
  { value: "message", label: "Message" },
  { value: "call", label: "Call" },
  { value: "coffee", label: "Coffee" },
  { value: "met", label: "Met" },
] as const;

/** Done, snooze (tomorrow, next week, a picked day) and "log" for one follow-up on Today. */
export function FollowUpActions({
  followUpId,
  contactId,
  who,
  dueOn,
  today,
}: {
  followUpId: string;
  contactId?: string;
  who: string;
  dueOn: string;
  today: string;
}) {
  const { act, pending, error } = useTodayAction();
  const [panel, setPanel] = useState<"none" | "date" | "log">("none");
  const [kind, setKind] = useState<(typeof KINDS)[number]["value"]>("message");
  const [note, setNote] = useState("");
  const [date, setDate] = useState("");
  const ids = useId();
  return (
    <div className="flex w-full flex-col gap-2 sm:w-auto sm:items-end">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          pending={pending}
          onClick={() => act(() => completeFromToday(followUpId))}
          aria-label={`Mark the follow-up with ${who} done`}
        >
          Done
        </Button>
        <Menu
          trigger={
            <Button
              size="sm"
              variant="secondary"
              disabled={pending}
              aria-label={`Snooze the follow-up with ${who}`}
            >
              Snooze
            </Button>
          }
        >
          <MenuItem onSelect={() => act(() => snoozeFromToday(followUpId, "tomorrow", dueOn))}>
            Tomorrow
          </MenuItem>
          <MenuItem onSelect={() => act(() => snoozeFromToday(followUpId, "nextWeek", dueOn))}>
            Next week
          </MenuItem>
          <MenuItem onSelect={() => setPanel("date")}>Pick a date…</MenuItem>
        </Menu>
        {contactId ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={pending}
            aria-expanded={panel === "log"}
            onClick={() => setPanel(panel === "log" ? "none" : "log")}
            aria-label={`Log an interaction with ${who}`}
          >
            Log
          </Button>
        ) : null}
      </div>
      {panel === "date" ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (date)
              act(
                () => snoozeFromToday(followUpId, { date }, dueOn),
                () => setPanel("none"),
              );
          }}
        >
          <label htmlFor={`${ids}-date`} className="text-sm">
            Snooze until
          </label>
          <input
            id={`${ids}-date`}
            type="date"
            min={today}
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            className="min-h-9 rounded-lg border border-line bg-surface px-2 text-sm"
          />
          <Button size="sm" type="submit" pending={pending}>
            Snooze
          </Button>
        </form>
      ) : null}
      {panel === "log" && contactId ? (
        <form
          className="flex w-full flex-col gap-2 sm:w-80"
          aria-label={`Log an interaction with ${who}`}
          onSubmit={(event) => {
            event.preventDefault();
            act(
              () => logFromToday(contactId, kind, note),
              () => {
                setPanel("none");
                setNote("");
              },
            );
          }}
        >
          <fieldset className="flex flex-wrap gap-1.5">
            <legend className="sr-only">What kind of contact</legend>
            {KINDS.map((k) => (
              <label
                key={k.value}
                className="flex min-h-9 cursor-pointer items-center gap-1.5 rounded-lg border border-line px-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent/10"
              >
                <input
                  type="radio"
                  name={`${ids}-kind`}
                  value={k.value}
                  checked={kind === k.value}
                  onChange={() => setKind(k.value)}
                  className="accent-[var(--accent)]"
                />
                {k.label}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${ids}-note`} className="sr-only">
            Note
          </label>
          <input
            id={`${ids}-note`}
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.currentTarget.value)}
            placeholder="A short note (optional)"
            className="min-h-9 rounded-lg border border-line bg-surface px-2 text-sm"
          />
          <Button size="sm" type="submit" pending={pending}>
            Save to {who}
          </Button>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
