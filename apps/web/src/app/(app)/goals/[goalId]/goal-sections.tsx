import { HistoryChart } from "~/components/goals/history-chart";
import { METRIC_LABELS, METRIC_UNITS } from "~/components/goals/labels";
import { ProgressBar } from "~/components/goals/progress";
import { AddStepForm, CheckInForm } from "~/components/goals/small-forms";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { formatDay, formatInstant } from "~/lib/dates";
import {
  addStepAction,
  checkInAction,
  removeCheckInAction,
  setGoalStatusAction,
  stepAction,
} from "../actions";
import type { loadGoal } from "./load";

type GoalDetail = Awaited<ReturnType<typeof loadGoal>>;

const PACE_SENTENCE = {
  not_started: "This goal has not started yet.",
  ahead: "You are ahead of a steady pace. Lovely.",
  on_track: "Right on a steady pace.",
  behind: "A little behind a steady pace. One small step this week closes the gap.",
  done: "Target reached.",
  overdue: "The due date has passed. Extend it, or mark the goal complete if it did its job.",
} as const;

/** The owner's edit, complete, archive and reopen buttons. */
export function GoalStatusActions({
  goalId,
  status,
}: {
  goalId: string;
  status: GoalDetail["goal"]["status"];
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`/goals/${goalId}/edit`} variant="secondary">
        Edit
      </ButtonLink>
      {status === "active" ? (
        <>
          <form action={setGoalStatusAction}>
            <input type="hidden" name="goalId" value={goalId} />
            <input type="hidden" name="status" value="completed" />
            <Button type="submit">Mark complete</Button>
          </form>
          <form action={setGoalStatusAction}>
            <input type="hidden" name="goalId" value={goalId} />
            <input type="hidden" name="status" value="archived" />
            <Button type="submit" variant="ghost">
              Archive
            </Button>
          </form>
        </>
      ) : (
        <form action={setGoalStatusAction}>
          <input type="hidden" name="goalId" value={goalId} />
          <input type="hidden" name="status" value="active" />
          <Button type="submit" variant="secondary">
            Reopen
          </Button>
        </form>
      )}
    </div>
  );
}

/** Progress against a steady pace, week by week. */
export function GoalProgressCard({ detail }: { detail: GoalDetail }) {
  const { goal, pace, isOwner } = detail;
  const unit = METRIC_UNITS[goal.metric];
  return (
    <Card>
      <CardHeader title="Progress" description={PACE_SENTENCE[pace.state]} />
      <p className="text-3xl font-semibold tracking-tight">
        {detail.progress}{" "}
        <span className="text-base font-normal text-muted">
          of {goal.target} {unit}
        </span>
      </p>
      <ProgressBar
        className="mt-3"
        percent={pace.percent}
        expectedPercent={(pace.expected * 100) / goal.target}
        state={pace.state}
        label={`${pace.percent}% of the target`}
      />
      <p className="mt-2 text-sm text-muted">
        {pace.percent}% done · a steady pace would be at {pace.expected} by today
      </p>
      <div className="mt-6">
        <h3 className="mb-3 text-sm font-medium">Week by week</h3>
        <HistoryChart points={detail.history} target={goal.target} />
      </div>
      {goal.metric !== "manual" ? (
        <p className="mt-4 text-sm text-muted">
          Counted from what {isOwner ? "you log" : "they log"} in Rapport (
          {METRIC_LABELS[goal.metric].toLowerCase()}), in {detail.owner.timeZone.replaceAll("_", " ")} time.
        </p>
      ) : null}
    </Card>
  );
}

/** The action plan: steps the owner ticks off, reorders and adds. */
export function GoalPlanCard({ detail }: { detail: GoalDetail }) {
  const { goal, isOwner, steps } = detail;
  const stepsDone = steps.filter((s) => s.doneAt).length;
  return (
    <Card>
      <CardHeader
        title="Action plan"
        description={steps.length > 0 ? `${stepsDone} of ${steps.length} steps done` : undefined}
      />
      {steps.length === 0 ? (
        <EmptyState title="No steps yet">
          {isOwner
            ? "Break the goal into two or three small things you could do this month."
            : "No plan shared yet."}
        </EmptyState>
      ) : (
        <ol className="divide-y divide-line">
          {steps.map((step, index) => (
            <li key={step.id} className="flex items-start gap-3 py-3">
              {isOwner ? (
                <form action={stepAction}>
                  <input type="hidden" name="goalId" value={goal.id} />
                  <input type="hidden" name="stepId" value={step.id} />
                  <input type="hidden" name="intent" value={step.doneAt ? "undo" : "done"} />
                  <button
                    type="submit"
                    aria-label={step.doneAt ? `Mark "${step.title}" not done` : `Mark "${step.title}" done`}
                    className={cn(
                      "mt-0.5 flex size-6 items-center justify-center rounded-md border-2 text-sm",
                      step.doneAt
                        ? "border-accent bg-accent text-accent-ink"
                        : "border-line hover:border-accent",
                    )}
                  >
                    {step.doneAt ? "✓" : ""}
                  </button>
                </form>
              ) : (
                <span aria-hidden="true" className="mt-0.5 w-6 text-center text-muted">
                  {step.doneAt ? "✓" : "•"}
                </span>
              )}
              <div className="min-w-0 flex-1">
                <p className={cn("break-words", step.doneAt && "text-muted line-through")}>{step.title}</p>
                {step.dueDate ? <p className="text-xs text-muted">by {formatDay(step.dueDate)}</p> : null}
              </div>
              {isOwner ? (
                <div className="flex shrink-0 gap-1">
                  {(["up", "down", "remove"] as const).map((intent) =>
                    (intent === "up" && index === 0) ||
                    (intent === "down" && index === steps.length - 1) ? null : (
                      <form key={intent} action={stepAction}>
                        <input type="hidden" name="goalId" value={goal.id} />
                        <input type="hidden" name="stepId" value={step.id} />
                        <input type="hidden" name="intent" value={intent} />
                        <button
                          type="submit"
                          aria-label={`${intent === "remove" ? "Remove" : `Move ${intent}`} "${step.title}"`}
                          className="flex size-8 items-center justify-center rounded-md text-muted hover:bg-line/40 hover:text-ink"
                        >
                          {intent === "up" ? "↑" : intent === "down" ? "↓" : "✕"}
                        </button>
                      </form>
                    ),
                  )}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {isOwner ? (
        <div className="mt-4 border-t border-line pt-4">
          <AddStepForm goalId={goal.id} action={addStepAction} />
        </div>
      ) : null}
    </Card>
  );
}

/** Manual check-ins: the form and the list, each removable. */
export function GoalCheckInsCard({ detail }: { detail: GoalDetail }) {
  const { goal } = detail;
  return (
    <Card>
      <CardHeader
        title="Check in"
        description="Record progress as it happens. A negative number corrects a slip."
      />
      <CheckInForm goalId={goal.id} action={checkInAction} />
      {detail.checkIns.length > 0 ? (
        <ul className="mt-5 divide-y divide-line border-t border-line">
          {detail.checkIns.map((c) => (
            <li key={c.id} className="flex items-start justify-between gap-3 py-3 text-sm">
              <div className="min-w-0">
                <p>
                  <span className="font-medium">{c.amount > 0 ? `+${c.amount}` : c.amount}</span>
                  <span className="text-muted"> · {formatInstant(c.at, detail.owner.timeZone)}</span>
                </p>
                {c.note ? <p className="break-words text-muted">{c.note}</p> : null}
              </div>
              <form action={removeCheckInAction}>
                <input type="hidden" name="goalId" value={goal.id} />
                <input type="hidden" name="checkInId" value={c.id} />
                <button
                  type="submit"
                  aria-label={`Remove check-in of ${formatInstant(c.at, detail.owner.timeZone)}`}
                  className="rounded-md px-2 py-1 text-muted hover:bg-line/40 hover:text-ink"
                >
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

/** Why, how it is measured, the dates and who can see it. */
export function AboutGoalCard({ detail }: { detail: GoalDetail }) {
  const { goal } = detail;
  return (
    <Card>
      <CardHeader title="About this goal" />
      <dl className="space-y-3 text-sm">
        {goal.why ? (
          <div>
            <dt className="text-muted">Why it matters</dt>
            <dd className="break-words">{goal.why}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-muted">Measured by</dt>
          <dd>{METRIC_LABELS[goal.metric]}</dd>
        </div>
        <div>
          <dt className="text-muted">Dates</dt>
          <dd>
            {formatDay(goal.startDate, true)} – {formatDay(goal.dueDate, true)}
          </dd>
        </div>
        <div>
          <dt className="text-muted">Who can see it</dt>
          <dd>{goal.visibility === "team" ? "You and your teammates" : "Only you"}</dd>
        </div>
      </dl>
    </Card>
  );
}
