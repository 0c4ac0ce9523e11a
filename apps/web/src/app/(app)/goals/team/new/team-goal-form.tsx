"use client";

import type { GoalMetric } from "@rapport/domain/goals";
import { useActionState } from "react";
import { GoalDateFields, MetricTargetFields } from "~/components/goals/goal-fields";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { createTeamGoalAction, updateTeamGoalAction } from "../../actions";

/** A team goal being edited: it keeps its team. */
export interface EditedTeamGoal {
  teamGoalId: string;
  teamId: string;
  teamName: string;
  title: string;
  why: string;
  metric: GoalMetric;
  perMemberTarget: number;
}

/** Sets a new team goal, or (given `goal`) edits one. */
export function TeamGoalForm({
  teams,
  startDate,
  dueDate,
  goal,
}: {
  teams: { teamId: string; name: string }[];
  startDate: string;
  dueDate: string;
  goal?: EditedTeamGoal;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(
    goal ? updateTeamGoalAction : createTeamGoalAction,
    { ok: true },
  );
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-5" noValidate>
      {goal ? (
        <>
          <input type="hidden" name="teamGoalId" value={goal.teamGoalId} />
          <input type="hidden" name="teamId" value={goal.teamId} />
          <p className="text-sm text-muted">
            Team: <span className="font-medium text-ink">{goal.teamName}</span>
          </p>
        </>
      ) : (
        <Field id="tg-team" label="Team" error={errors.teamId?.[0]}>
          <Select id="tg-team" name="teamId" defaultValue={teams[0]?.teamId}>
            {teams.map((t) => (
              <option key={t.teamId} value={t.teamId}>
                {t.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field id="tg-title" label="Goal" error={errors.title?.[0]}>
        <Input
          id="tg-title"
          name="title"
          maxLength={120}
          defaultValue={goal?.title}
          placeholder="e.g. One event each this month"
          invalid={Boolean(errors.title)}
        />
      </Field>
      <Field id="tg-why" label="Why (optional)" error={errors.why?.[0]}>
        <Input
          id="tg-why"
          name="why"
          maxLength={500}
          defaultValue={goal?.why}
          placeholder="What the team gets out of it"
        />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <MetricTargetFields
          idPrefix="tg"
          errors={errors}
          metric={goal?.metric ?? "events_attended"}
          target={{
            name: "perMemberTarget",
            label: "Target for each person",
            value: goal?.perMemberTarget ?? 1,
          }}
        />
        <GoalDateFields idPrefix="tg" errors={errors} startDate={startDate} dueDate={dueDate} />
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5">
        <Button type="submit" pending={pending}>
          {goal ? "Save changes" : "Set team goal"}
        </Button>
        <p aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
          {state.ok ? null : state.message}
        </p>
      </div>
    </form>
  );
}
