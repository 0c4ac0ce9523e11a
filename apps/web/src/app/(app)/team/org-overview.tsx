import Link from "next/link";
import type { ReactNode } from "react";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState } from "~/components/ui/card";
import { Chart } from "~/components/ui/chart";
import { cn } from "~/components/ui/cn";
import { day, isoWeekLabel, period, weekLabel } from "./format";
import { StatGrid } from "./stats";
import type { OrganisationOverview as Overview } from "./types";

const th = "px-5 py-2 text-left text-xs font-medium tracking-wide text-muted uppercase sm:px-3";
const td = "px-5 py-3 align-top sm:px-3";

/** A plain table that scrolls sideways inside its card on a phone, never the page. */
function Table({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="relative -mx-5 overflow-x-auto sm:mx-0">
      <table className="w-full min-w-[34rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Admins: every team, how many people are active week by week, and how the digest is getting out. */
export function OrganisationOverview({
  overview,
  organisationName,
  today,
}: {
  overview: Overview;
  organisationName: string;
  today: string;
}) {
  const { range, weeklyActive, teams, digest } = overview;
  const last = weeklyActive.at(-1);
  const average =
    weeklyActive.length === 0 ? 0 : weeklyActive.reduce((sum, w) => sum + w.active, 0) / weeklyActive.length;
  const averageText = average.toFixed(average >= 10 || Number.isInteger(average) ? 0 : 1);
  const current = range.to === today;
  const unmanaged = teams.filter((t) => t.managers.length === 0).length;

  return (
    <>
      <StatGrid
        label={`${organisationName} at a glance`}
        items={[
          { label: "Members", value: overview.members, detail: `in ${organisationName}` },
          {
            label: "Teams",
            value: teams.length,
            detail: unmanaged === 0 ? "each with a manager" : `${unmanaged} without a manager yet`,
          },
          {
            label: current ? "Active this week" : "Active in the last week",
            value: last?.active ?? 0,
            detail: last ? `week of ${day(last.weekStart)}` : undefined,
          },
          {
            label: "Weekly average",
            value: averageText,
            detail: `active members a week, ${period(range)}`,
          },
        ]}
      />

      <div className="grid gap-6 lg:grid-cols-3 [&>*]:min-w-0">
        <Card className="lg:col-span-2">
          <CardHeader
            title="Active members week by week"
            description="People who logged anything that week: someone met, a conversation, a follow-up, an event or a goal check-in."
          />
          {weeklyActive.some((w) => w.active > 0) ? (
            <Chart
              title={`Active members per week, ${period(range)}`}
              points={weeklyActive.map((w) => ({ label: weekLabel(w.weekStart), value: w.active }))}
              height={210}
            />
          ) : (
            <EmptyState title="No activity in this period">
              Once people start logging who they meet, each week's count shows here.
            </EmptyState>
          )}
        </Card>

        <DigestCard digest={digest} />

        <Card className="lg:col-span-3">
          <CardHeader
            title="Teams"
            description={`Active means anything logged in the 30 days to ${day(range.to, true)}. Managers are not counted as members.`}
            action={
              <ButtonLink href="/settings/organisation#teams" variant="secondary" size="sm">
                Manage teams
              </ButtonLink>
            }
          />
          {teams.length === 0 ? (
            <EmptyState
              title="No teams yet"
              action={<ButtonLink href="/settings/organisation#teams">Create a team</ButtonLink>}
            >
              Teams share events and goals, and each one gets a dashboard for its managers.
            </EmptyState>
          ) : (
            <Table
              caption="Teams in the organisation"
              head={
                <>
                  <th scope="col" className={th}>
                    Team
                  </th>
                  <th scope="col" className={cn(th, "text-right")}>
                    Members
                  </th>
                  <th scope="col" className={th}>
                    Managers
                  </th>
                  <th scope="col" className={th}>
                    Active in the last 30 days
                  </th>
                </>
              }
            >
              {teams.map((t) => (
                <tr key={t.teamId} className="border-b border-line last:border-0">
                  <th scope="row" className={cn(td, "text-left font-normal")}>
                    <Link
                      href={`/team/${t.teamId}`}
                      className="font-medium whitespace-nowrap text-accent underline-offset-2 hover:underline"
                    >
                      {t.name}
                    </Link>
                  </th>
                  <td className={cn(td, "text-right tabular-nums")}>{t.members}</td>
                  <td className={td}>
                    {t.managers.length > 0 ? (
                      t.managers.join(", ")
                    ) : (
                      <span className="text-muted">None yet</span>
                    )}
                  </td>
                  <td className={td}>
                    <ActiveShare active={t.activeLast30} of={t.members} />
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}

/** How the Monday email is getting out: deliveries by ISO week, opt-outs and suppressed addresses. */
function DigestCard({ digest }: { digest: Overview["digest"] }) {
  return (
    <Card>
      <CardHeader title="Weekly digest" description="How the Monday email is getting out, by ISO week." />
      {digest.weeks.length === 0 ? (
        <EmptyState title="No digests yet">
          Each week's deliveries appear here once the first digests are due.
        </EmptyState>
      ) : (
        <div className="relative -mx-5 overflow-x-auto sm:mx-0">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Digest deliveries by week</caption>
            <thead>
              <tr className="border-b border-line text-[11px] tracking-wide text-muted uppercase">
                <th scope="col" className="py-2 pr-1.5 pl-5 text-left font-medium sm:pl-0">
                  Week
                </th>
                <th scope="col" className="px-1.5 py-2 text-right font-medium">
                  Sent
                </th>
                <th scope="col" className="px-1.5 py-2 text-right font-medium">
                  Skipped
                </th>
                <th scope="col" className="px-1.5 py-2 text-right font-medium">
                  Failed
                </th>
                <th scope="col" className="py-2 pr-5 pl-1.5 text-right font-medium sm:pr-0">
                  Pending
                </th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {digest.weeks.map((w) => {
                const label = isoWeekLabel(w.isoWeek);
                return (
                  <tr key={w.isoWeek} className="border-b border-line last:border-0">
                    <th scope="row" className="py-2 pr-1.5 pl-5 text-left font-normal sm:pl-0">
                      <span className="block font-medium whitespace-nowrap">{label.week}</span>
                      <span className="block text-xs whitespace-nowrap text-muted">{label.from}</span>
                    </th>
                    <td className="px-1.5 py-2 text-right">{w.sent}</td>
                    <td className="px-1.5 py-2 text-right">{w.skipped}</td>
                    <td
                      className={cn(
                        "px-1.5 py-2 text-right",
                        w.failed > 0 && "font-medium text-red-700 dark:text-red-300",
                      )}
                    >
                      {w.failed}
                    </td>
                    <td className="py-2 pr-5 pl-1.5 text-right sm:pr-0">{w.pending}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <dl className="mt-4 grid grid-cols-2 gap-3 border-t border-line pt-4 text-sm">
        <div>
          <dt className="text-muted">Turned it off</dt>
          <dd className="text-lg font-semibold tabular-nums">{digest.turnedOff}</dd>
        </div>
        <div>
          <dt className="text-muted">Suppressed addresses</dt>
          <dd className="text-lg font-semibold tabular-nums">{digest.suppressed}</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-muted">
        Suppressed addresses bounced or marked an email as spam, so nothing more is sent to them.
      </p>
      <Link
        href="/settings/digest-runs"
        className="mt-4 inline-block text-sm font-medium text-accent underline"
      >
        See each run and any failures
      </Link>
    </Card>
  );
}

/** "2 of 3" with a small bar, for how much of a team was active. */
export function ActiveShare({ active, of }: { active: number; of: number }) {
  const percent = of === 0 ? 0 : Math.round((active * 100) / of);
  return (
    <span className="flex items-center gap-3">
      <span className="w-14 shrink-0 tabular-nums">
        {active} of {of}
      </span>
      <span aria-hidden="true" className="h-2 w-24 overflow-hidden rounded-full bg-line/60">
        <span className="block h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
