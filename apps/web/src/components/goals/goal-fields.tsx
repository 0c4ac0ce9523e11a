"use client";

import { GOAL_METRICS } from "@rapport/domain/goals";
import { type ReactNode, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-status";
import { METRIC_LABELS } from "./labels";

type Errors = Record<string, string[] | undefined>;

/**
 * What a goal counts and how many: shared by the personal and the team goal forms, which differ only in
 * the ids, the target's name and label, and whether the metric explains itself as it changes.
 */
export function MetricTargetFields({
  idPrefix,
  errors,
  metric,
  metricHint,
  target,
}: {
  idPrefix: string;
  errors: Errors;
  metric: string;
  /** A hint under "Measured by" for the chosen metric (the form then follows the choice). */
  metricHint?: (metric: string) => ReactNode;
  target: { name: string; label: string; value: number; max?: number };
}) {
  const [chosen, setChosen] = useState(metric);
  return (
    <>
      <Field
        id={`${idPrefix}-metric`}
        label="Measured by"
        hint={metricHint?.(chosen)}
        error={errors.metric?.[0]}
      >
        <Select
          id={`${idPrefix}-metric`}
          name="metric"
          defaultValue={metric}
          onChange={metricHint ? (event) => setChosen(event.target.value) : undefined}
        >
          {GOAL_METRICS.map((m) => (
            <option key={m} value={m}>
              {METRIC_LABELS[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${idPrefix}-target`} label={target.label} error={errors[target.name]?.[0]}>
        <Input
          id={`${idPrefix}-target`}
          name={target.name}
          type="number"
          inputMode="numeric"
          min={1}
          max={target.max}
          defaultValue={target.value}
          invalid={Boolean(errors[target.name])}
        />
      </Field>
    </>
  );
}

/** The goal's start and due dates. */
export function GoalDateFields({
  idPrefix,
  errors,
  startDate,
  dueDate,
}: {
  idPrefix: string;
  errors: Errors;
  startDate: string;
  dueDate: string;
}) {
  return (
    <>
      <Field id={`${idPrefix}-start`} label="Start" error={errors.startDate?.[0]}>
        <Input
          id={`${idPrefix}-start`}
          name="startDate"
          type="date"
          defaultValue={startDate}
          invalid={Boolean(errors.startDate)}
        />
      </Field>
      <Field id={`${idPrefix}-due`} label="Due" error={errors.dueDate?.[0]}>
        <Input
          id={`${idPrefix}-due`}
          name="dueDate"
          type="date"
          defaultValue={dueDate}
          invalid={Boolean(errors.dueDate)}
        />
      </Field>
    </>
  );
}

/** The first steps of a new goal's plan: up to 20 rows, each removable. */
export function ActionPlanFields({ initial, error }: { initial?: string[]; error?: string }) {
  const [steps, setSteps] = useState<string[]>(initial?.length ? initial : [""]);
  return (
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
      <FormError message={error} />
    </fieldset>
  );
}
