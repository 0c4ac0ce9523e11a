import { getBarrier } from "@rapport/domain/barriers";
import { addDays, localDate } from "@rapport/domain/time";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AssessmentForm } from "~/components/goals/assessment-form";
import { BarrierBars } from "~/components/goals/barrier-profile";
import { GoalForm } from "~/components/goals/goal-form";
import { METRIC_LABELS } from "~/components/goals/labels";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { api } from "~/server/api";
import { submitAssessmentAction } from "../assessment/actions";
import { createGoalAction } from "../goals/actions";
import { goToStepAction, skipFirstRunAction } from "./actions";

export const metadata: Metadata = { title: "Get started" };

const STEPS = [
  { key: "welcome", label: "Welcome" },
  { key: "assessment", label: "A quick check" },
  { key: "suggestions", label: "Ideas for you" },
  { key: "goal", label: "Your first goal" },
] as const;

function Stepper({ current }: { current: string }) {
  const index = STEPS.findIndex((s) => s.key === current);
  return (
    <ol className="mb-6 grid grid-cols-4 gap-2" aria-label="Setup steps">
      {STEPS.map((s, i) => (
        <li key={s.key} aria-current={i === index ? "step" : undefined}>
          <div className={cn("h-1.5 rounded-full", i <= index ? "bg-accent" : "bg-line")} />
          <p className={cn("mt-1.5 text-xs", i === index ? "font-medium text-ink" : "text-muted")}>
            <span className="sr-only">Step {i + 1}: </span>
            {s.label}
          </p>
        </li>
      ))}
    </ol>
  );
}

function SkipButton() {
  return (
    <form action={skipFirstRunAction}>
      <Button type="submit" variant="ghost">
        Not now
      </Button>
    </form>
  );
}

/** The first step: what the next few minutes hold, to start or to skip. */
function WelcomeStep({ firstName }: { firstName: string | undefined }) {
  return (
    <div className="mx-auto max-w-2xl">
      <Stepper current="welcome" />
      <Card>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          Welcome{firstName ? `, ${firstName}` : ""}. Let's make networking doable.
        </h1>
        <p className="mt-3 text-muted">
          Most people don't skip networking for lack of will; something specific gets in the way: time,
          nerves, no clear aim. In the next few minutes you'll:
        </p>
        <ol className="mt-4 list-decimal space-y-1.5 pl-5">
          <li>answer a few quick statements about what holds you back (private to you),</li>
          <li>see goals picked for your answers, and</li>
          <li>set your first goal with a small plan.</li>
        </ol>
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <form action={goToStepAction}>
            <input type="hidden" name="step" value="assessment" />
            <Button type="submit">Let's start</Button>
          </form>
          <SkipButton />
        </div>
        <p className="mt-3 text-sm text-muted">You can leave at any point and pick up here later.</p>
      </Card>
    </div>
  );
}

export default async function StartPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  const { template: templateId } = await searchParams;
  const caller = await api();
  const [run, me] = await Promise.all([caller.coaching.firstRun(), caller.me.get()]);
  if (run.finished) redirect("/goals");
  const firstName = me.user.name?.split(" ")[0];

  if (run.step === "welcome") {
    return <WelcomeStep firstName={firstName} />;
  }

  if (run.step === "assessment") {
    return (
      <div className="mx-auto max-w-3xl">
        <Stepper current="assessment" />
        <Card>
          <h1 className="text-2xl font-semibold tracking-tight">What gets in your way?</h1>
          <p className="mt-1 mb-4 text-muted">About three minutes. Go with your first instinct.</p>
          <AssessmentForm action={submitAssessmentAction} firstRun />
        </Card>
        <div className="mt-4 flex justify-end">
          <SkipButton />
        </div>
      </div>
    );
  }

  const suggestions = await caller.goals.suggestions({ count: 3 });

  if (run.step === "suggestions") {
    const latest = await caller.assessment.latest();
    return (
      <div className="mx-auto max-w-3xl">
        <Stepper current="suggestions" />
        <div className="grid gap-6 md:grid-cols-5">
          <Card className="md:col-span-2">
            <h2 className="text-lg font-semibold tracking-tight">Your profile</h2>
            <p className="mt-1 mb-4 text-sm text-muted">
              {suggestions.focus.length > 0
                ? `Most in your way: ${suggestions.focus.map((f) => f.title.toLowerCase()).join(", ")}.`
                : "Here is what your answers say."}
            </p>
            {latest ? <BarrierBars profile={latest.profile} compact /> : null}
          </Card>
          <div className="md:col-span-3">
            <h1 className="text-2xl font-semibold tracking-tight">Pick a first goal</h1>
            <p className="mt-1 mb-4 text-muted">
              Chosen for your answers. Small on purpose; you can change anything next.
            </p>
            <ul className="space-y-3">
              {suggestions.templates.map((t) => (
                <li key={t.id}>
                  <Card>
                    <p className="text-xs font-semibold tracking-wide text-accent uppercase">
                      For {getBarrier(t.barrierId).title.toLowerCase()}
                    </p>
                    <p className="mt-1 font-medium">{t.title}</p>
                    <p className="mt-1 text-sm text-muted">{t.why}</p>
                    <p className="mt-2 text-xs text-muted">
                      {METRIC_LABELS[t.metric]}: {t.target} · {t.steps.length} steps ·{" "}
                      {t.suggestedDurationDays} days
                    </p>
                    <form action={goToStepAction} className="mt-3">
                      <input type="hidden" name="step" value="goal" />
                      <input type="hidden" name="template" value={t.id} />
                      <Button type="submit" size="sm" aria-label={`Choose "${t.title}"`}>
                        Choose this
                      </Button>
                    </form>
                  </Card>
                </li>
              ))}
            </ul>
            <div className="mt-4 flex flex-wrap justify-between gap-3">
              <form action={goToStepAction}>
                <input type="hidden" name="step" value="goal" />
                <Button type="submit" variant="secondary">
                  I'll write my own
                </Button>
              </form>
              <SkipButton />
            </div>
          </div>
        </div>
      </div>
    );
  }

  // The last step: the first goal, prefilled from the chosen suggestion.
  const template = templateId ? await caller.goals.template({ templateId }) : null;
  const today = localDate(new Date(), me.user.timeZone);
  return (
    <div className="mx-auto max-w-3xl">
      <Stepper current="goal" />
      <Card>
        <h1 className="text-2xl font-semibold tracking-tight">Your first goal</h1>
        <p className="mt-1 mb-5 text-muted">
          Make it yours: tweak the wording, the number and the steps. Then save it and you're set.
        </p>
        <GoalForm
          key={template?.id ?? "own"}
          action={createGoalAction}
          submitLabel="Save my first goal"
          firstRun
          values={{
            title: template?.title ?? "",
            why: template?.why ?? "",
            category: template?.category ?? "widen_circle",
            metric: template?.metric ?? "conversations",
            target: template?.target ?? 3,
            startDate: today,
            dueDate: addDays(today, template?.suggestedDurationDays ?? 30),
            visibility: "private",
            templateId: template?.id,
            steps: template ? [...template.steps] : [],
          }}
        />
      </Card>
      <div className="mt-4 flex flex-wrap justify-between gap-3">
        <form action={goToStepAction}>
          <input type="hidden" name="step" value="suggestions" />
          <Button type="submit" variant="ghost">
            ← Back to ideas
          </Button>
        </form>
        <SkipButton />
      </div>
    </div>
  );
}
