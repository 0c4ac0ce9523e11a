import { localDate } from "@rapport/domain/time";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ButtonLink } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { plural, rangeParam } from "./format";
import { loadForRange } from "./load";
import { ActiveShare, OrganisationOverview } from "./org-overview";
import { PeriodFigures, PeriodTransition } from "./period-transition";
import { RangeForm } from "./range-form";

export const metadata: Metadata = { title: "Team" };

type Search = { from?: string | string[]; to?: string | string[] };

/**
 * Where the Team link leads: admins get the organisation overview; a manager of one team goes straight
 * to its dashboard, of several picks one; anyone else is told kindly what the page is for.
 */
export default async function TeamIndexPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const caller = await api();
  const [me, teams] = await Promise.all([caller.me.get(), caller.dashboard.teams()]);
  const isAdmin = me.activeOrganisation?.role === "admin";
  const organisationName = me.activeOrganisation?.organisationName ?? "your organisation";

  if (isAdmin) {
    const asked = { from: rangeParam(search.from), to: rangeParam(search.to) };
    const { data: overview, errors } = await loadForRange(
      (range) => caller.dashboard.organisation(range),
      asked,
    );
    // The same "today" the API uses: the viewer's own calendar.
    const today = localDate(new Date(), me.user.timeZone);
    return (
      <>
        <PageHeader
          title="Teams"
          description={`How ${organisationName} is getting on: who is active week by week, each team, and the weekly digest. Counts only; what people log stays theirs.`}
        />
        <PeriodTransition range={overview.range}>
          <RangeForm path="/team" today={today} range={overview.range} asked={asked} errors={errors} />
          <PeriodFigures>
            <OrganisationOverview overview={overview} organisationName={organisationName} today={today} />
          </PeriodFigures>
        </PeriodTransition>
      </>
    );
  }

  const [only] = teams;
  if (teams.length === 1 && only) redirect(`/team/${only.id}`);

  if (teams.length === 0) {
    return (
      <>
        <PageHeader title="Team" />
        <Card className="mx-auto max-w-xl">
          <EmptyState
            title="This page is for team managers"
            action={<ButtonLink href="/today">Go to Today</ButtonLink>}
          >
            Managers see how their team is getting on here: totals, shared goals and who might welcome a
            nudge. You don't manage a team in {organisationName}, so there is nothing to show you.
          </EmptyState>
        </Card>
      </>
    );
  }

  // A manager of several teams: each team's size and how many were active lately, for all teams at once.
  const summaries = await caller.dashboard.teamSummaries();
  return (
    <>
      <PageHeader title="Your teams" description="Pick a team to see how it is getting on." />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {summaries.map(({ team, members, activeLast30, mayNeedNudge }) => (
          <li
            key={team.id}
            className="relative rounded-xl border border-line bg-surface p-5 shadow-sm transition-colors hover:border-accent"
          >
            <Link
              href={`/team/${team.id}`}
              className="text-lg font-semibold tracking-tight after:absolute after:inset-0 hover:underline"
            >
              {team.name}
            </Link>
            <p className="mt-1 text-sm text-muted">{plural(members, "member")}</p>
            <div className="mt-4 text-sm">
              <p className="mb-1.5 text-muted">Active in the last 30 days</p>
              <ActiveShare active={activeLast30} of={members} />
            </div>
            <p className="mt-3 text-sm text-muted">
              {members === 0
                ? "No members yet"
                : mayNeedNudge === 0
                  ? "Everyone has been active lately"
                  : `${plural(mayNeedNudge, "person", "people")} may need a nudge`}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
