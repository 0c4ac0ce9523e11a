"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/field";
import { type ColleagueChoice, findColleaguesAction } from "./actions";

/**
 * The private "please don't pair me with" list: find colleagues by name, add or remove them. The
 * chosen people travel with the form as hidden fields; only the person who keeps the list sees it.
 */
export function DoNotPairPicker({
  programmeId,
  initial,
  error,
}: {
  programmeId: string;
  initial: ColleagueChoice[];
  error?: string;
}) {
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const [q, setQ] = useState("");
  const [matches, setMatches] = useState<ColleagueChoice[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function find() {
    setMessage(null);
    if (q.trim().length < 2) {
      setMatches(null);
      setMessage("Type at least two letters of a name.");
      return;
    }
    start(async () => {
      const result = await findColleaguesAction(programmeId, q);
      if (!result.ok) {
        setMatches(null);
        setMessage(result.message);
        return;
      }
      const fresh = result.matches.filter((m) => !chosen.some((c) => c.userId === m.userId));
      setMatches(fresh);
      if (fresh.length === 0) setMessage("Nobody else matches that name.");
    });
  }

  return (
    <fieldset className="space-y-3 rounded-lg border border-line p-4">
      <legend className="px-1 text-sm font-medium">Please don't pair me with (private)</legend>
      <p className="text-sm text-muted">
        Only you see this list. Nobody on it is told, and your managers and admins never see it.
      </p>
      {chosen.length > 0 ? (
        <ul aria-label="People you won't be paired with" className="flex flex-wrap gap-2">
          {chosen.map((c) => (
            <li
              key={c.userId}
              className="flex items-center gap-1 rounded-full bg-line/50 py-1 pr-1 pl-3 text-sm"
            >
              <input type="hidden" name="doNotPair" value={c.userId} />
              {c.name}
              <button
                type="button"
                onClick={() => setChosen(chosen.filter((x) => x.userId !== c.userId))}
                className="flex size-7 items-center justify-center rounded-full hover:bg-line"
                aria-label={`Remove ${c.name} from the list`}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">Nobody on your list.</p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 space-y-1.5">
          <label htmlFor={`${id}-q`} className="block text-sm font-medium">
            Find a colleague by name
          </label>
          <Input
            id={`${id}-q`}
            value={q}
            maxLength={80}
            autoComplete="off"
            onChange={(event) => setQ(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                find();
              }
            }}
          />
        </div>
        <Button variant="secondary" onClick={find} pending={pending}>
          Find
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-muted">
        {message ?? ""}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {matches && matches.length > 0 ? (
        <ul aria-label="Colleagues found" className="divide-y divide-line rounded-lg border border-line">
          {matches.map((m) => (
            <li key={m.userId} className="flex items-center justify-between gap-3 px-3 py-2">
              <span className="min-w-0">
                <span className="block truncate text-sm font-medium">{m.name}</span>
                {m.teams.length > 0 ? (
                  <span className="block truncate text-xs text-muted">{m.teams.join(", ")}</span>
                ) : null}
              </span>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => {
                  setChosen([...chosen, m]);
                  setMatches(matches.filter((x) => x.userId !== m.userId));
                }}
                aria-label={`Add ${m.name} to the list`}
              >
                Add
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
