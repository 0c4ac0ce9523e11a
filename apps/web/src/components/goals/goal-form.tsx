"use client";

import { GOAL_CATEGORIES } from "@rapport/domain/goals";
import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { ActionPlanFields, GoalDateFields, MetricTargetFields } from "./goal-fields";
import { CATEGORY_LABELS } from "./labels";

export interface GoalFormValues {
  goalId?: string;
  title: string;
  why: string;
  category: string;
  metric: string;
  target: number;
  startDate: string;
  dueDate: string;
  visibility: "private" | "team";
  templateId?: string;
  steps?: string[];
}

const area =
  "block w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink shadow-sm placeholder:text-muted/70 focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";

/** Create or edit a goal; on create it also takes the first steps of the plan. */
export function GoalForm({
  action: serverAction,
  values,
  submitLabel,
  firstRun = false,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  values: GoalFormValues;
  submitLabel: string;
  firstRun?: boolean;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: true });
  const errors = state.fieldErrors ?? {};
  const creating = !values.goalId;

  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-5" noValidate>
      {values.goalId ? <input type="hidden" name="goalId" value={values.goalId} /> : null}
      {values.templateId ? <input type="hidden" name="templateId" value={values.templateId} /> : null}
      {firstRun ? <input type="hidden" name="firstRun" value="1" /> : null}
      <Field id="goal-title" label="Goal" error={errors.title?.[0]}>
        <Input
          id="goal-title"
          name="title"
          defaultValue={values.title}
          maxLength={120}
          placeholder="e.g. Find a mentor in product design"
          invalid={Boolean(errors.title)}
        />
      </Field>
      <Field id="goal-why" label="Why it matters to you (optional)" error={errors.why?.[0]}>
        <textarea
          id="goal-why"
          name="why"
          rows={2}
          maxLength={500}
          defaultValue={values.why}
          className={area}
          placeholder="A sentence to come back to when the week gets busy."
        />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="goal-category" label="Kind of goal" error={errors.category?.[0]}>
          <Select id="goal-category" name="category" defaultValue={values.category}>
            {GOAL_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </Select>
        </Field>
        <MetricTargetFields
          idPrefix="goal"
          errors={errors}
          metric={values.metric}
          metricHint={(metric) =>
            metric === "manual"
              ? "You check in progress yourself on the goal's page."
              : "Counted from what you log in Rapport; nothing to type in."
          }
          target={{ name: "target", label: "Target", value: values.target, max: 10000 }}
        />
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">Who can see it</legend>
          <div className="flex flex-col gap-2 pt-1 sm:flex-row sm:gap-5">
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="visibility"
                value="private"
                defaultChecked={values.visibility === "private"}
              />
              Only me
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="visibility"
                value="team"
                defaultChecked={values.visibility === "team"}
              />
              My teams
            </label>
          </div>
        </fieldset>
        <GoalDateFields
          idPrefix="goal"
          errors={errors}
          startDate={values.startDate}
          dueDate={values.dueDate}
        />
      </div>

      {creating ? <ActionPlanFields initial={values.steps} error={errors.steps?.[0]} /> : null}

      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5">
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
        <p aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
          {state.ok ? null : state.message}
        </p>
      </div>
    </form>
  );
}
