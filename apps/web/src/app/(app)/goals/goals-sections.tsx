import Link from "next/link";
import { METRIC_UNITS } from "~/components/goals/labels";
import { PaceBadge, ProgressBar } from "~/components/goals/progress";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState } from "~/components/ui/card";
import { formatDay } from "~/lib/dates";
import type { api } from "~/server/api";

type Caller = Awaited<ReturnType<typeof api>>;
type Overview = Awaited<ReturnType<Caller["goals"]["overview"]>>;
type Suggestions = Awaited<ReturnType<Caller["goals"]["suggestions"]>>;

/** Team goals in progress: each with the person's share and the team's. */
export function TeamGoalsCard({
  goals: activeTeamGoals,
  managesATeam,
}: {
  goals: Overview["teamGoals"];
  managesATeam: boolean;
}) {
  return (
    <Card>
      <CardHeader
        title="Team goals"
        description="Goals your managers set for the whole team. Each of you counts towards them."
        action={
          managesATeam ? (
            <ButtonLink href="/goals/team/new" variant="secondary" size="sm">
              Set a team goal
            </ButtonLink>
          ) : null
        }
      />
      {activeTeamGoals.length === 0 ? (
        <EmptyState title="No team goals right now">
          {managesATeam
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
  );
}

/** Completed and archived goals, folded away. */
export function FinishedGoals({ goals: finished }: { goals: Overview["mine"] }) {
  return (
    <Card>
      <details>
        <summary className="cursor-pointer text-lg font-semibold tracking-tight">
          Completed and archived ({finished.length})
        </summary>
        <ul className="mt-4 divide-y divide-line">
          {finished.map((goal) => (
            <li key={goal.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <Link href={`/goals/${goal.id}`} className="min-w-0 font-medium break-words hover:underline">
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
  );
}

/** Tip of the week, suggested goals and the helper pages. */
export function GoalsAside({ suggestions }: { suggestions: Suggestions }) {
  return (
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
  );
}
