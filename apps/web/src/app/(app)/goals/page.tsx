import type { Metadata } from "next";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { GoalCard } from "./goal-card";
import { FinishedGoals, GoalsAside, TeamGoalsCard } from "./goals-sections";

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

          <TeamGoalsCard goals={activeTeamGoals} managesATeam={managed.length > 0} />

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

          {finished.length > 0 ? <FinishedGoals goals={finished} /> : null}
        </div>

        <GoalsAside suggestions={suggestions} />
      </div>
    </>
  );
}
