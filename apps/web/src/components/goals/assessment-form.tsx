"use client";

import { ASSESSMENT_STATEMENTS } from "@rapport/domain/barriers";
import { useActionState, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";

const CHOICES = [
  { value: 1, label: "Strongly disagree", short: "1" },
  { value: 2, label: "Disagree", short: "2" },
  { value: 3, label: "Neither", short: "3" },
  { value: 4, label: "Agree", short: "4" },
  { value: 5, label: "Strongly agree", short: "5" },
];

/** The self-assessment: one row of five choices per statement, with a running count. */
export function AssessmentForm({
  action: serverAction,
  firstRun = false,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  firstRun?: boolean;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: true });
  const [answered, setAnswered] = useState<Record<string, number>>({});
  const count = Object.keys(answered).length;
  const total = ASSESSMENT_STATEMENTS.length;
  return (
    <form
      action={action}
      onSubmit={submitWithoutReset(action)}
      onChange={(event) => {
        const input = event.target as unknown as HTMLInputElement;
        if (input.type === "radio") setAnswered((a) => ({ ...a, [input.name]: Number(input.value) }));
      }}
      noValidate
    >
      {firstRun ? <input type="hidden" name="firstRun" value="1" /> : null}
      <p className="mb-4 text-sm text-muted">
        1 = strongly disagree, 5 = strongly agree. Go with your first instinct. Your answers are yours alone:
        not your manager, not your admin, nobody else sees them.
      </p>
      <ol className="divide-y divide-line">
        {ASSESSMENT_STATEMENTS.map((s, index) => (
          <li key={s.id} className="py-4">
            <fieldset>
              <legend className="mb-3 flex gap-2">
                <span className="w-6 shrink-0 text-sm text-muted">{index + 1}.</span>
                <span>{s.text}</span>
              </legend>
              <div className="grid grid-cols-5 gap-1.5 sm:ml-8 sm:max-w-xl sm:gap-2">
                {CHOICES.map((c) => (
                  <label
                    key={c.value}
                    className={cn(
                      "relative flex min-h-11 cursor-pointer flex-col items-center justify-center rounded-lg border px-1 py-1.5 text-center text-xs transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent",
                      answered[s.id] === c.value
                        ? "border-accent bg-accent text-accent-ink"
                        : "border-line hover:border-accent",
                    )}
                  >
                    <input
                      type="radio"
                      name={s.id}
                      value={c.value}
                      className="sr-only"
                      aria-label={c.label}
                    />
                    <span className="text-base font-semibold">{c.short}</span>
                    <span className="hidden sm:block">{c.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="sticky bottom-0 -mx-5 mt-2 flex flex-wrap items-center gap-3 border-t border-line bg-surface/95 px-5 py-4 backdrop-blur sm:-mx-6 sm:px-6">
        <Button type="submit" pending={pending}>
          See my profile
        </Button>
        <span className="text-sm text-muted" aria-live="polite">
          {count} of {total} answered
        </span>
      </div>
      {state.ok ? null : (
        <div className="mt-3">
          <Alert tone="error">{state.message}</Alert>
        </div>
      )}
    </form>
  );
}
