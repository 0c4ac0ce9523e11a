import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteGoalForm } from "~/components/goals/delete-goal-form";
import { GoalForm } from "~/components/goals/goal-form";
import { Card, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { updateGoalAction } from "../../actions";
import { loadGoal } from "../load";

export const metadata: Metadata = { title: "Edit goal" };

export default async function EditGoalPage({ params }: { params: Promise<{ goalId: string }> }) {
  const { goalId } = await params;
  const detail = await loadGoal(await api(), goalId);
  if (!detail.isOwner) notFound();
  const { goal } = detail;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/goals/${goal.id}`} className="text-muted hover:text-ink">
          ← {goal.title}
        </Link>
      </p>
      <PageHeader
        title="Edit goal"
        description="Change the aim, the numbers or the dates. Your plan stays as it is."
      />
      <Card className="max-w-3xl">
        <GoalForm
          action={updateGoalAction}
          submitLabel="Save changes"
          values={{
            goalId: goal.id,
            title: goal.title,
            why: goal.why,
            category: goal.category,
            metric: goal.metric,
            target: goal.target,
            startDate: goal.startDate,
            dueDate: goal.dueDate,
            visibility: goal.visibility,
          }}
        />
      </Card>
      <Card className="mt-6 max-w-3xl">
        <DeleteGoalForm goalId={goal.id} title={goal.title} />
      </Card>
    </>
  );
}
