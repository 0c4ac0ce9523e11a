import type { Metadata } from "next";
import Link from "next/link";
import { CATEGORY_LABELS } from "~/components/goals/labels";
import { PaceBadge } from "~/components/goals/progress";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import {
  AboutGoalCard,
  GoalCheckInsCard,
  GoalPlanCard,
  GoalProgressCard,
  GoalStatusActions,
} from "./goal-sections";
import { loadGoal } from "./load";

export const metadata: Metadata = { title: "Goal" };

export default async function GoalPage({
  params,
  searchParams,
}: {
  params: Promise<{ goalId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const [{ goalId }, { created }] = await Promise.all([params, searchParams]);
  const detail = await loadGoal(await api(), goalId);
  const { goal, pace, isOwner } = detail;
  const status = goal.status;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/goals" className="text-muted hover:text-ink">
          ← Goals
        </Link>
      </p>
      <PageHeader
        title={goal.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <PaceBadge state={pace.state} />
            {status !== "active" ? (
              <Badge tone={status === "completed" ? "green" : "neutral"}>
                {status === "completed" ? "Completed" : "Archived"}
              </Badge>
            ) : null}
            <span>
              {CATEGORY_LABELS[goal.category]} ·{" "}
              {goal.visibility === "team" ? "Shared with teams" : "Private"}
              {isOwner ? "" : ` · ${detail.owner.name}'s goal`}
            </span>
          </span>
        }
        action={isOwner ? <GoalStatusActions goalId={goal.id} status={status} /> : null}
      />
      {created ? (
        <div className="mb-6">
          <Alert tone="success" title="Goal saved">
            Your plan is below. Tick off steps as you go
            {goal.metric === "manual" ? " and check in progress" : ""}; the pace updates itself.
          </Alert>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <GoalProgressCard detail={detail} />

          <GoalPlanCard detail={detail} />

          {isOwner && goal.metric === "manual" ? <GoalCheckInsCard detail={detail} /> : null}
        </div>

        <aside className="space-y-6">
          <AboutGoalCard detail={detail} />
        </aside>
      </div>
    </>
  );
}
