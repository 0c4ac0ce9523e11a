import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { METRIC_UNITS } from "~/components/goals/labels";
import { PaceBadge, ProgressBar } from "~/components/goals/progress";
import { CheckInForm } from "~/components/goals/small-forms";
import { Badge } from "~/components/ui/badge";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { countOf, NOUNS } from "~/components/words";
import { formatDay, formatInstant } from "~/lib/dates";
import { api } from "~/server/api";
import { checkInAction } from "../../actions";
import { AboutTeamGoal, TeamGoalStatusForm } from "./team-goal-sections";

export const metadata: Metadata = { title: "Team goal" };

export default async function TeamGoalPage({ params }: { params: Promise<{ teamGoalId: string }> }) {
  const { teamGoalId } = await params;
  const caller = await api();
  const detail = await caller.teamGoals.get({ teamGoalId }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  });
  const me = await caller.me.get();
  const { goal, team, myShare, pace } = detail;
  const unit = METRIC_UNITS[goal.metric];
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
            {goal.status !== "active" ? (
              <Badge>{goal.status === "completed" ? "Completed" : "Archived"}</Badge>
            ) : null}
            <span>
              Team goal for {detail.teamName} · {goal.perMemberTarget}
              {goal.metric === "manual" ? "" : ` ${unit}`} each · {formatDay(goal.startDate)} –{" "}
              {formatDay(goal.dueDate, true)}
            </span>
          </span>
        }
        action={detail.isManager ? <TeamGoalStatusForm goal={goal} /> : null}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {myShare ? (
            <Card>
              <CardHeader
                title="Your share"
                description={myShare.done ? "You've done your part. Thank you!" : undefined}
              />
              <p className="text-3xl font-semibold tracking-tight">
                {myShare.progress}{" "}
                <span className="text-base font-normal text-muted">
                  of {goal.perMemberTarget} {unit}
                </span>
              </p>
              <ProgressBar
                className="mt-3"
                percent={myShare.percent}
                state={myShare.done ? "done" : pace.state}
                label={`Your share: ${myShare.percent}%`}
              />
            </Card>
          ) : null}
          <Card>
            <CardHeader
              title="The team"
              description={`${team.membersDone} of ${countOf(team.target / goal.perMemberTarget, NOUNS.person)} have done their share · ${team.progress} of ${team.target} ${unit} in all`}
            />
            <ProgressBar percent={team.percent} state={pace.state} label={`Team: ${team.percent}%`} />
            <p className="mt-2 text-sm text-muted">{team.percent}% of the way</p>
            {detail.members ? (
              <ul className="mt-5 divide-y divide-line border-t border-line">
                {detail.members.map((m) => (
                  <li
                    key={m.memberId}
                    className="grid gap-2 py-3 sm:grid-cols-[12rem_1fr_5rem] sm:items-center"
                  >
                    <span className="truncate font-medium">{m.name}</span>
                    <ProgressBar
                      percent={m.percent}
                      state={m.done ? "done" : "on_track"}
                      label={`${m.name}: ${m.percent}%`}
                    />
                    <span className="text-sm text-muted sm:text-right">
                      {m.progress} / {goal.perMemberTarget}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
          {myShare && goal.metric === "manual" && goal.status === "active" ? (
            <Card>
              <CardHeader title="Check in" description="Add what you did towards your share." />
              <CheckInForm teamGoalId={goal.id} action={checkInAction} />
              {detail.myCheckIns.length > 0 ? (
                <ul className="mt-5 divide-y divide-line border-t border-line text-sm">
                  {detail.myCheckIns.map((c) => (
                    <li key={c.id} className="py-2">
                      <span className="font-medium">{c.amount > 0 ? `+${c.amount}` : c.amount}</span>
                      <span className="text-muted"> · {formatInstant(c.at, me.user.timeZone)}</span>
                      {c.note ? <span className="block break-words text-muted">{c.note}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Card>
          ) : null}
        </div>
        <aside>
          <AboutTeamGoal goal={goal} teamName={detail.teamName} />
        </aside>
      </div>
    </>
  );
}
