"use client";

import { GOAL_CATEGORIES, GOAL_METRICS } from "@rapport/domain/goals";
import { useActionState, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { CATEGORY_LABELS, METRIC_LABELS } from "./labels";

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
  const [steps, setSteps] = useState<string[]>(values.steps?.length ? values.steps : [""]);
  const [metric, setMetric] = useState(values.metric);

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
        <Field
          id="goal-metric"
          label="Measured by"
          hint={
            metric === "manual"
              ? "You check in progress yourself on the goal's page."
              : "Counted from what you log in Rapport; nothing to type in."
          }
          error={errors.metric?.[0]}
        >
          <Select
            id="goal-metric"
            name="metric"
            defaultValue={values.metric}
            onChange={(event) => setMetric(event.target.value)}
          >
            {GOAL_METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_LABELS[m]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="goal-target" label="Target" error={errors.target?.[0]}>
          <Input
            id="goal-target"
            name="target"
            type="number"
            inputMode="numeric"
            min={1}
            max={10000}
            defaultValue={values.target}
            invalid={Boolean(errors.target)}
          />
        </Field>
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
        <Field id="goal-start" label="Start" error={errors.startDate?.[0]}>
          <Input
            id="goal-start"
            name="startDate"
            type="date"
            defaultValue={values.startDate}
            invalid={Boolean(errors.startDate)}
          />
        </Field>
        <Field id="goal-due" label="Due" error={errors.dueDate?.[0]}>
          <Input
            id="goal-due"
            name="dueDate"
            type="date"
            defaultValue={values.dueDate}
            invalid={Boolean(errors.dueDate)}
          />
        </Field>
      </div>

      {creating ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Action plan</legend>
          <p className="text-sm text-muted">
            Small, concrete steps. You can add, tick off and reorder them later.
          </p>
          <ol className="space-y-2">
            {steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
              <li key={index} className="flex items-center gap-2">
                <span aria-hidden="true" className="w-5 shrink-0 text-right text-sm text-muted">
                  {index + 1}.
                </span>
                <label htmlFor={`goal-step-${index}`} className="sr-only">
                  Step {index + 1}
                </label>
                <Input
                  id={`goal-step-${index}`}
                  name="step"
                  value={step}
                  maxLength={200}
                  onChange={(event) => setSteps(steps.map((s, i) => (i === index ? event.target.value : s)))}
                  placeholder={index === 0 ? "e.g. List five people I'd like to learn from" : "Another step"}
                />
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove step ${index + 1}`}
                  onClick={() => setSteps(steps.length > 1 ? steps.filter((_, i) => i !== index) : [""])}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ol>
          {steps.length < 20 ? (
            <Button variant="secondary" size="sm" onClick={() => setSteps([...steps, ""])}>
              Add a step
            </Button>
          ) : null}
          {errors.steps?.[0] ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {errors.steps[0]}
            </p>
          ) : null}
        </fieldset>
      ) : null}

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
