import { addDays, localDate } from "@rapport/domain/time";
import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { TeamGoalForm } from "./team-goal-form";

export const metadata: Metadata = { title: "New team goal" };

export default async function NewTeamGoalPage() {
  const me = await (await api()).me.get();
  const managed = me.teams.filter((t) => t.role === "manager");
  const today = localDate(new Date(), me.user.timeZone);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/goals" className="text-muted hover:text-ink">
          ← Goals
        </Link>
      </p>
      <PageHeader
        title="Set a team goal"
        description="The same target for each person in the team. Everyone sees their own share and the team's; you also see each person's count."
      />
      <Card className="max-w-3xl">
        {managed.length === 0 ? (
          <EmptyState title="Only team managers set team goals">
            Ask your manager, or suggest one to them: shared aims work best when the team agrees on them.
          </EmptyState>
        ) : (
          <TeamGoalForm teams={managed} startDate={today} dueDate={addDays(today, 30)} />
        )}
      </Card>
    </>
  );
}
