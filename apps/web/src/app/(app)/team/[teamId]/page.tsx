import { QUIET_DAYS } from "@rapport/domain/dashboard";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { ago, day, period, periodLength, rangeParam } from "../format";
import { dashboardTeams, loadForRange, orRefused, rangeQuery } from "../load";
import { MemberTable, type MemberTableRow } from "../member-table";
import { BarrierProfile, NudgePanel, SharedGoals, TeamGoals, UpcomingEvents } from "../panels";
import { PeriodFigures, PeriodTransition } from "../period-transition";
import { RangeForm } from "../range-form";
import { NotAllowed, PrivacyNote, TrendCharts } from "../stats";
import { TeamTotals } from "./team-totals";

/** The tab says which team: "Partnerships · Team" (a team the person may not open keeps a plain title). */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ teamId: string }>;
}): Promise<Metadata> {
  const { teamId } = await params;
  const teams = await dashboardTeams().catch(() => []);
  const team = teams.find((t) => t.id === teamId);
  return { title: team ? `${team.name} · Team` : "Team dashboard" };
}

type Search = { from?: string | string[]; to?: string | string[] };

export default async function TeamDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<Search>;
}) {
  const [{ teamId }, search] = await Promise.all([params, searchParams]);
  const asked = { from: rangeParam(search.from), to: rangeParam(search.to) };
  const caller = await api();
  const loaded = await orRefused(loadForRange((range) => caller.dashboard.team({ teamId, ...range }), asked));
  if (loaded === "forbidden") return <NotAllowed />;
  const { data: dashboard, errors } = loaded;
  const [me, teams] = await Promise.all([caller.me.get(), dashboardTeams()]);
  const { team, range, totals, today } = dashboard;
  const timeZone = me.user.timeZone;
  const path = `/team/${team.id}`;
  const keep = rangeQuery(asked, errors);
  const memberHref = (userId: string) => `${path}/members/${userId}${keep}`;
  const showTeamsLink = teams.length > 1 || me.activeOrganisation?.role === "admin";

  const rows: MemberTableRow[] = dashboard.members.map((m) => ({
    userId: m.userId,
    name: m.name,
    href: memberHref(m.userId),
    goals: m.sharedGoals,
    peopleMet30: m.peopleMet30,
    peopleMet90: m.peopleMet90,
    conversations30: m.conversations30,
    conversations90: m.conversations90,
    onTimeRate: m.onTimeRate,
    followUpsDone: m.followUpsDone,
    overdueFollowUps: m.overdueFollowUps,
    eventsAttended: m.eventsAttended,
    lastActivityOn: m.lastActivityOn,
    lastActivity: ago(m.lastActivityOn, today),
    quiet: m.nudge.reason === "quiet" || m.nudge.reason === "both",
  }));
  const exportHref = `${path}/export?${new URLSearchParams({ from: range.from, to: range.to })}`;

  return (
    <>
      {showTeamsLink ? (
        <p className="mb-2 text-sm">
          <Link href="/team" className="text-muted hover:text-ink">
            ← All teams
          </Link>
        </p>
      ) : null}
      <PageHeader
        title={team.name}
        description={`Team dashboard · ${period(range)} (${periodLength(range.days)})`}
        action={
          <a href={exportHref} download className={buttonClass("secondary", "md")}>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
              <path d="M9 3h2v7.6l2.6-2.6L15 9.4 10 14.4 5 9.4 6.4 8 9 10.6V3Zm-5 13h12v2H4v-2Z" />
            </svg>
            Export CSV
          </a>
        }
      />
      <PrivacyNote>
        You see counts, rates and the goals people chose to share with the team. Who your team meets, what
        they talk about and anything they write down stays with them, and so do their self-assessment answers.
      </PrivacyNote>
      <Link href="/intros/manage" className="mb-6 inline-block text-sm font-medium text-accent underline">
        Intros programmes: pair colleagues for a conversation
      </Link>
      <PeriodTransition range={range}>
        <RangeForm path={path} today={today} range={range} asked={asked} errors={errors} />
        <PeriodFigures>
          <TeamTotals teamName={team.name} totals={totals} />

          <div className="space-y-6">
            <Card>
              <CardHeader
                title="May need a nudge"
                description={`Nothing logged for ${QUIET_DAYS} days or more, or behind on a goal they shared. A nudge is a short, friendly email from you, at most one a week per person.`}
              />
              <NudgePanel dashboard={dashboard} timeZone={timeZone} memberHref={memberHref} />
            </Card>
            <Card>
              <CardHeader
                title="Week by week"
                description={`What the team logged each week, ${period(range)}.`}
              />
              <TrendCharts trend={dashboard.trend} whose={`${team.name}, ${period(range)}`} />
            </Card>
            <Card>
              <CardHeader
                title="Members"
                description={`People met and conversations over the 30 and 90 days to ${day(range.to, true)}; follow-ups and events in the chosen period; overdue right now.`}
              />
              <MemberTable rows={rows} teamName={team.name} />
            </Card>
          </div>

          <div className="mt-6 grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
            <Card>
              <CardHeader
                title="Team goals"
                description="The whole team's progress, and each member's share."
              />
              <TeamGoals goals={dashboard.teamGoals} linked={me.teams.some((t) => t.teamId === team.id)} />
            </Card>
            <Card>
              <CardHeader
                title="Shared goals"
                description="Goals members chose to share with the team. The tick marks where a steady pace would be today."
              />
              <SharedGoals goals={dashboard.sharedGoals} />
            </Card>
            <Card>
              <CardHeader title="Coming up" description="Team events in the next 30 days and who is going." />
              <UpcomingEvents events={dashboard.events} timeZone={timeZone} />
            </Card>
            <Card>
              <CardHeader
                title="What gets in the way"
                description="The team's barrier profile from the self-assessment, as an average."
              />
              <BarrierProfile barriers={dashboard.barriers} />
            </Card>
          </div>
        </PeriodFigures>
      </PeriodTransition>
    </>
  );
}
