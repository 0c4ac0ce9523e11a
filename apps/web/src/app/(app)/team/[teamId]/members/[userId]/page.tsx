import type { Metadata } from "next";
import Link from "next/link";
import { PaceBadge, ProgressBar } from "~/components/goals/progress";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import {
  ago,
  day,
  nudgedNote,
  nudgeReasonLines,
  period,
  periodLength,
  rangeParam,
  unitAfter,
} from "../../../format";
import { loadForRange, orRefused, rangeQuery } from "../../../load";
import { SharedGoalsBadge } from "../../../member-table";
import { NudgeButton } from "../../../nudge-button";
import { SharedGoals, TeamGoalTitle } from "../../../panels";
import { PeriodFigures, PeriodTransition } from "../../../period-transition";
import { RangeForm } from "../../../range-form";
import { NotAllowed, PrivacyNote, StatGrid, TrendCharts } from "../../../stats";
import type { MemberDashboard } from "../../../types";

export const metadata: Metadata = { title: "Team member" };

type Search = { from?: string | string[]; to?: string | string[] };

export default async function TeamMemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ teamId: string; userId: string }>;
  searchParams: Promise<Search>;
}) {
  const [{ teamId, userId }, search] = await Promise.all([params, searchParams]);
  const asked = { from: rangeParam(search.from), to: rangeParam(search.to) };
  const caller = await api();
  const loaded = await orRefused(
    loadForRange((range) => caller.dashboard.member({ teamId, userId, ...range }), asked),
  );
  if (loaded === "forbidden") return <NotAllowed what="the team's member pages" />;
  const { data, errors } = loaded;
  const me = await caller.me.get();
  const { team, range, today, member } = data;
  const firstName = member.name.split(/\s+/)[0] ?? member.name;
  const teamPath = `/team/${team.id}`;
  const reasons = nudgeReasonLines(
    { ...member.nudge, lastActivityOn: member.lastActivityOn, sharedGoalsBehind: member.sharedGoals.behind },
    today,
  );
  const held = member.nudge.blockedUntil ? nudgedNote(member.nudge, today, me.user.timeZone) : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`${teamPath}${rangeQuery(asked, errors)}`} className="text-muted hover:text-ink">
          ← {team.name}
        </Link>
      </p>
      <PageHeader
        title={member.name}
        description={`In ${team.name} since ${day(member.joinedOn, true)} · last activity ${ago(member.lastActivityOn, today)}`}
      />
      <PrivacyNote>
        You see {firstName}'s counts and the goals {firstName} chose to share with the team. Their contacts,
        notes and self-assessment answers are not shown here, or anywhere else a manager can look.
      </PrivacyNote>

      {member.nudge.reason ? (
        <section
          aria-labelledby="nudge-heading"
          className="mb-6 flex flex-col gap-4 rounded-xl border border-amber-300 bg-amber-50 p-4 sm:flex-row sm:items-start sm:justify-between sm:p-5 dark:border-amber-800 dark:bg-amber-950/40"
        >
          <div className="min-w-0">
            <h2 id="nudge-heading" className="font-medium">
              {firstName} may welcome a nudge
            </h2>
            <ul className="mt-1 space-y-0.5 text-sm text-muted">
              {reasons.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <NudgeButton
            teamId={team.id}
            userId={member.userId}
            name={member.name}
            heldNote={held}
            lastNote={held ? null : nudgedNote(member.nudge, today, me.user.timeZone)}
          />
        </section>
      ) : null}

      <PeriodTransition range={range}>
        <RangeForm
          path={`${teamPath}/members/${member.userId}`}
          today={today}
          range={range}
          asked={asked}
          errors={errors}
        />
        <PeriodFigures>
          <StatGrid
            label={`${member.name}'s numbers, ${period(range)}`}
            items={[
              {
                label: "People met",
                value: member.peopleMetInRange,
                detail: `${member.peopleMet30} in 30 days · ${member.peopleMet90} in 90`,
              },
              {
                label: "Conversations",
                value: member.conversationsInRange,
                detail: `${member.conversations30} in 30 days · ${member.conversations90} in 90`,
              },
              { label: "Follow-ups done", value: member.followUpsDone, detail: "in this period" },
              {
                label: "Follow-ups on time",
                value: member.onTimeRate === null ? "—" : `${member.onTimeRate}%`,
                detail:
                  member.onTimeRate === null
                    ? "none done in this period"
                    : `${member.followUpsOnTime} of ${member.followUpsDone} by their first due date`,
              },
              {
                label: "Overdue follow-ups",
                value: member.overdueFollowUps,
                detail: "waiting right now",
                tone: member.overdueFollowUps > 0 ? "warn" : "plain",
              },
              { label: "Events attended", value: member.eventsAttended, detail: "in this period" },
              {
                label: "Last activity",
                value: <span className="text-xl sm:text-2xl">{ago(member.lastActivityOn, today)}</span>,
                detail: member.lastActivityOn ? day(member.lastActivityOn, true) : "nothing logged yet",
                tone: member.nudge.reason === "quiet" || member.nudge.reason === "both" ? "warn" : "plain",
              },
              {
                label: "Shared goals",
                value: member.sharedGoals.total,
                detail: <SharedGoalsBadge goals={member.sharedGoals} />,
              },
            ]}
          />

          <Card className="mb-6">
            <CardHeader
              title="Week by week"
              description={`What ${firstName} logged each week, ${period(range)} (${periodLength(range.days)}).`}
            />
            <TrendCharts trend={data.trend} whose={`${member.name}, ${period(range)}`} />
          </Card>
          <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
            <Card>
              <CardHeader
                title="Goals shared with the team"
                description="The tick marks where a steady pace would be today."
              />
              <SharedGoals
                goals={data.sharedGoals}
                emptyText={`${firstName} has not shared a goal with the team. Goals they keep private never show here.`}
              />
            </Card>
            <Card>
              <CardHeader
                title="Team goals"
                description={`${firstName}'s share of each of the team's goals.`}
              />
              <TeamGoalShares goals={data.teamGoals} linked={me.teams.some((t) => t.teamId === teamId)} />
            </Card>
          </div>
        </PeriodFigures>
      </PeriodTransition>
    </>
  );
}

function TeamGoalShares({ goals, linked }: { goals: MemberDashboard["teamGoals"]; linked: boolean }) {
  if (goals.length === 0) {
    return (
      <EmptyState title="No team goals right now">
        When the team has a goal, each share shows here.
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-line">
      {goals.map((goal) => {
        return (
          <li key={goal.teamGoalId} className="py-3 first:pt-0 last:pb-0">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <TeamGoalTitle id={goal.teamGoalId} title={goal.title} linked={linked} />
                <p className="text-sm text-muted">due {day(goal.dueDate)}</p>
              </div>
              <span className="shrink-0 whitespace-nowrap">
                <PaceBadge state={goal.share?.done ? "done" : goal.pace.state} />
              </span>
            </div>
            {goal.share ? (
              <>
                <ProgressBar
                  className="mt-2"
                  percent={goal.share.percent}
                  state={goal.share.done ? "done" : goal.pace.state}
                  label={`Share of ${goal.title}: ${goal.share.percent}%`}
                />
                <p className="mt-1 text-xs text-muted">
                  {goal.share.progress} of {goal.perMemberTarget}
                  {unitAfter(goal.metric, goal.perMemberTarget)}
                </p>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
