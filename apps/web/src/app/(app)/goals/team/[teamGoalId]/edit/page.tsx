import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { TeamGoalForm } from "../../new/team-goal-form";

export const metadata: Metadata = { title: "Edit team goal" };

/** The team's manager changes a team goal; everyone else finds nothing here. */
export default async function EditTeamGoalPage({ params }: { params: Promise<{ teamGoalId: string }> }) {
  const { teamGoalId } = await params;
  const detail = await (await api()).teamGoals.get({ teamGoalId }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  });
  if (!detail.isManager) notFound();
  const { goal } = detail;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/goals/team/${goal.id}`} className="text-muted hover:text-ink">
          ← {goal.title}
        </Link>
      </p>
      <PageHeader
        title="Edit team goal"
        description="Change the aim, the target or the dates. Everyone's progress is counted again from what they logged."
      />
      <Card className="max-w-3xl">
        <TeamGoalForm
          teams={[{ teamId: goal.teamId, name: detail.teamName }]}
          startDate={goal.startDate}
          dueDate={goal.dueDate}
          goal={{
            teamGoalId: goal.id,
            teamId: goal.teamId,
            teamName: detail.teamName,
            title: goal.title,
            why: goal.why,
            metric: goal.metric,
            perMemberTarget: goal.perMemberTarget,
          }}
        />
      </Card>
    </>
  );
}
