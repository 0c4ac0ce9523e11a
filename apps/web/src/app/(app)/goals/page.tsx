import type { Metadata } from "next";
import Link from "next/link";
import { formatDay, METRIC_UNITS } from "~/components/goals/labels";
import { PaceBadge, ProgressBar } from "~/components/goals/progress";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { GoalCard } from "./goal-card";

export const metadata: Metadata = { title: "Goals" };

export default async function GoalsPage() {
  const caller = await api();
  const [{ mine, teamGoals, shared }, suggestions, firstRun, me] = await Promise.all([
    caller.goals.overview(),
    caller.goals.suggestions({ count: 2 }),
    caller.coaching.firstRun(),
    caller.me.get(),
  ]);
  const active = mine.filter((g) => g.status === "active");
  const finished = mine.filter((g) => g.status !== "active");
  const activeTeamGoals = teamGoals.filter((g) => g.status === "active");
  const managed = me.teams.filter((t) => t.role === "manager");

  return (
    <>
      <PageHeader
        title="Goals"
        description="What you are working towards, the plan to get there, and how it is going."
        action={<ButtonLink href="/goals/new">New goal</ButtonLink>}
      />
      {firstRun.offer ? (
        <div className="mb-6 rounded-xl border border-brand-500/40 bg-brand-50 p-5 dark:bg-brand-900/30">
          <p className="font-medium">New here? Set up in a few minutes.</p>
          <p className="mt-1 text-sm text-muted">
            A short check of what gets in your way, then a first goal with a plan that fits.
          </p>
          <ButtonLink href="/start" size="sm" className="mt-3">
            {firstRun.started ? "Pick up where you left off" : "Start"}
          </ButtonLink>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader
              title="My goals"
              description={active.length > 0 ? `${active.length} in progress` : undefined}
            />
            {active.length === 0 ? (
              <EmptyState
                title="No goals in progress"
                action={<ButtonLink href="/goals/new">Set a goal</ButtonLink>}
              >
                One clear goal with a few small steps beats a vague intention. Start from a suggestion on the
                right or write your own.
              </EmptyState>
            ) : (
              <ul className="grid gap-3">
                {active.map((goal) => (
                  <GoalCard key={goal.id} goal={{ ...goal, ownerName: undefined }} />
                ))}
              </ul>
            )}
          </Card>

          <Card>
            <CardHeader
              title="Team goals"
              description="Goals your managers set for the whole team. Each of you counts towards them."
              action={
                managed.length > 0 ? (
                  <ButtonLink href="/goals/team/new" variant="secondary" size="sm">
                    Set a team goal
                  </ButtonLink>
                ) : null
              }
            />
            {activeTeamGoals.length === 0 ? (
              <EmptyState title="No team goals right now">
                {managed.length > 0
                  ? "Give your team a shared aim, such as one event each a month."
                  : "When your manager sets one, it shows here beside your own."}
              </EmptyState>
            ) : (
              <ul className="grid gap-3">
                {activeTeamGoals.map((goal) => (
                  <li
                    key={goal.id}
                    className="relative rounded-xl border border-line p-4 transition-colors hover:border-accent"
                  >
                    <div className="flex items-start justify-between gap-3">
                      <div className="min-w-0">
                        <Link
                          href={`/goals/team/${goal.id}`}
                          className="font-medium break-words after:absolute after:inset-0 hover:underline"
                        >
                          {goal.title}
                        </Link>
                        <p className="mt-0.5 text-sm text-muted">
                          {goal.teamName} · {goal.perMemberTarget}
                          {goal.metric === "manual" ? "" : ` ${METRIC_UNITS[goal.metric]}`} each · due{" "}
                          {formatDay(goal.dueDate)}
                        </p>
                      </div>
                      <PaceBadge state={goal.pace.state} />
                    </div>
                    <div className="mt-4 grid gap-3 sm:grid-cols-2">
                      {goal.myShare ? (
                        <div>
                          <p className="mb-1.5 text-sm">
                            Your share:{" "}
                            <span className="font-medium">
                              {goal.myShare.progress} of {goal.perMemberTarget}
                            </span>
                          </p>
                          <ProgressBar
                            percent={goal.myShare.percent}
                            state={goal.myShare.done ? "done" : goal.pace.state}
                            label={`Your share: ${goal.myShare.percent}%`}
                          />
                        </div>
                      ) : null}
                      <div>
                        <p className="mb-1.5 text-sm">
                          Team: <span className="font-medium">{goal.team.percent}%</span>
                          <span className="text-muted">
                            {" "}
                            · {goal.team.membersDone} of {goal.memberCount} there
                          </span>
                        </p>
                        <ProgressBar
                          percent={goal.team.percent}
                          state={goal.pace.state}
                          label={`${goal.teamName}: ${goal.team.percent}%`}
                        />
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          {shared.length > 0 ? (
            <Card>
              <CardHeader
                title="Shared by teammates"
                description="Goals your teammates chose to share. Cheer them on; only they can change them."
              />
              <ul className="grid gap-3">
                {shared.map((goal) => (
                  <GoalCard key={goal.id} goal={goal} />
                ))}
              </ul>
            </Card>
          ) : null}

          {finished.length > 0 ? (
            <Card>
              <details>
                <summary className="cursor-pointer text-lg font-semibold tracking-tight">
                  Completed and archived ({finished.length})
                </summary>
                <ul className="mt-4 divide-y divide-line">
                  {finished.map((goal) => (
                    <li key={goal.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                      <Link
                        href={`/goals/${goal.id}`}
                        className="min-w-0 font-medium break-words hover:underline"
                      >
                        {goal.title}
                      </Link>
                      <Badge tone={goal.status === "completed" ? "green" : "neutral"}>
                        {goal.status === "completed" ? "Completed" : "Archived"}
                      </Badge>
                    </li>
                  ))}
                </ul>
              </details>
            </Card>
          ) : null}
        </div>

        <aside className="space-y-6">
          {suggestions.tip ? (
            <Card>
              <p className="text-xs font-semibold tracking-wide text-accent uppercase">Tip of the week</p>
              <p className="mt-2">{suggestions.tip.text}</p>
              <p className="mt-2 text-sm text-muted">For: {suggestions.tip.barrier.toLowerCase()}</p>
            </Card>
          ) : null}
          <Card>
            <CardHeader
              title={suggestions.assessed ? "Suggested for you" : "Ideas to start from"}
              description={
                suggestions.assessed
                  ? `Picked for ${suggestions.focus.map((f) => f.title.toLowerCase()).join(", ")}.`
                  : "Take the assessment and these get picked for you."
              }
            />
            <ul className="space-y-3">
              {suggestions.templates.map((t) => (
                <li key={t.id} className="rounded-lg border border-line p-3">
                  <p className="font-medium">{t.title}</p>
                  <p className="mt-1 text-sm text-muted">{t.why}</p>
                  <Link
                    href={`/goals/new?template=${encodeURIComponent(t.id)}`}
                    className="mt-2 inline-block text-sm font-medium text-accent underline"
                  >
                    Use this goal
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
          <Card>
            <CardHeader title="Helpers" />
            <ul className="space-y-2 text-sm">
              <li>
                <Link href="/assessment" className="font-medium text-accent underline">
                  {suggestions.assessed ? "Your barrier profile" : "Take the 3-minute assessment"}
                </Link>
                <p className="text-muted">What tends to get in your way, and how it changes.</p>
              </li>
              <li>
                <Link href="/goals/pitch" className="font-medium text-accent underline">
                  Introduction and networking time
                </Link>
                <p className="text-muted">Your pitch, talking points and a weekly slot in your calendar.</p>
              </li>
            </ul>
          </Card>
        </aside>
      </div>
    </>
  );
}
