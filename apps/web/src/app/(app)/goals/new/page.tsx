import { addDays, localDate } from "@rapport/domain/time";
import type { Metadata } from "next";
import Link from "next/link";
import { GoalForm } from "~/components/goals/goal-form";
import { Card, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { createGoalAction } from "../actions";

export const metadata: Metadata = { title: "New goal" };

export default async function NewGoalPage({
  searchParams,
}: {
  searchParams: Promise<{ template?: string }>;
}) {
  const { template: templateId } = await searchParams;
  const caller = await api();
  const [me, template] = await Promise.all([
    caller.me.get(),
    templateId ? caller.goals.template({ templateId }) : Promise.resolve(null),
  ]);
  const today = localDate(new Date(), me.user.timeZone);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/goals" className="text-muted hover:text-ink">
          ← Goals
        </Link>
      </p>
      <PageHeader
        title={template ? "Make this goal yours" : "New goal"}
        description="Pick something you can measure, a date, and the first few steps. Adjust anything."
      />
      <Card className="max-w-3xl">
        <GoalForm
          action={createGoalAction}
          submitLabel="Save goal"
          values={{
            title: template?.title ?? "",
            why: template?.why ?? "",
            category: template?.category ?? "widen_circle",
            metric: template?.metric ?? "people_met",
            target: template?.target ?? 5,
            startDate: today,
            dueDate: addDays(today, template?.suggestedDurationDays ?? 30),
            visibility: "private",
            templateId: template?.id,
            steps: template ? [...template.steps] : [],
          }}
        />
      </Card>
    </>
  );
}
