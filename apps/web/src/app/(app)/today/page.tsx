import { localDate } from "@rapport/domain/time";
import type { Metadata } from "next";
import Link from "next/link";
import { KeepForOffline } from "~/components/offline/keep-for-offline";
import { SetupChecklist } from "~/components/onboarding/setup-checklist";
import { IntroRequestsCard } from "~/components/today/intro-requests-card";
import { IntrosCard } from "~/components/today/intros-card";
import { ThisWeek } from "~/components/today/this-week";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { hourIn } from "~/lib/dates";
import { api, requireMember } from "~/server/api";

export const metadata: Metadata = { title: "Today" };

function greeting(timeZone: string): string {
  const hour = hourIn(new Date(), timeZone);
  return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
}

export default async function TodayPage({ searchParams }: { searchParams: Promise<{ joined?: string }> }) {
  const { joined } = await searchParams;
  const { me } = await requireMember("/today");
  const caller = await api();
  const org = await caller.organisation.get();
  const firstName = me.user.name?.split(" ")[0];
  const [firstRun, thisWeek, intros, myIntros, programmes] = await Promise.all([
    caller.coaching.firstRun(),
    caller.digest.thisWeek(),
    caller.introRequests.counts(),
    caller.intros.myIntros(),
    caller.intros.mine(),
  ]);
  const today = localDate(new Date(), me.user.timeZone);
  return (
    <>
      <PageHeader
        title={`${greeting(me.user.timeZone)}${firstName ? `, ${firstName}` : ""}`}
        description={`You are in ${org.name}. Here is where your week of networking starts.`}
      />
      {joined ? (
        <div className="mb-6">
          <Alert tone="success" title={`Welcome to ${org.name}`}>
            You have joined. Your teammates can now see the events you sign up for; everything you log about
            people stays yours.
          </Alert>
        </div>
      ) : null}
      <SetupChecklist className="mb-6" />
      <KeepForOffline
        paths={[
          "/today",
          "/events",
          ...(thisWeek?.events ?? []).flatMap((e) =>
            e.id && e.readerRsvp === "going" ? [`/events/${e.id}`] : [],
          ),
        ]}
      />
      {firstRun.offer ? (
        <Card className="mb-6">
          <CardHeader
            title="Start with a goal that fits you"
            description="A few quick questions about what gets in your way, then a first goal with a small plan. About five minutes."
            action={
              <ButtonLink href="/start">
                {firstRun.started ? "Carry on setting up" : "Get started"}
              </ButtonLink>
            }
          />
        </Card>
      ) : null}
      <IntroRequestsCard counts={intros} />
      <IntrosCard
        intros={myIntros}
        joinedAny={programmes.some((p) => p.joined)}
        openToMe={programmes.length > 0}
        today={today}
        locale={me.user.locale}
      />
      {thisWeek ? (
        <section aria-label="This week" className="mb-6">
          <ThisWeek digest={thisWeek} today={today} />
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Your teams" description="Events and team goals are shared within a team." />
          {me.teams.length === 0 ? (
            <EmptyState title="You are not in a team yet">
              {org.myRole === "admin"
                ? "Create a team and put yourself in it from the organisation settings."
                : "Ask your organisation's admin to add you to your team."}
            </EmptyState>
          ) : (
            <ul className="divide-y divide-line" aria-label="Your teams">
              {me.teams.map((team) => (
                <li key={team.teamId} className="flex items-center justify-between gap-3 py-3">
                  <span className="font-medium">{team.name}</span>
                  <Badge tone={team.role === "manager" ? "accent" : "neutral"}>
                    {team.role === "manager" ? "Manager" : "Member"}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <CardHeader title="Your details" />
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="text-muted">Signed in as</dt>
              <dd className="font-medium break-all">{me.user.email}</dd>
            </div>
            <div>
              <dt className="text-muted">Time zone</dt>
              <dd className="font-medium">{me.user.timeZone.replaceAll("_", " ")}</dd>
            </div>
          </dl>
          <Link
            href="/settings/profile"
            className="mt-4 inline-block text-sm font-medium text-accent underline"
          >
            Edit profile
          </Link>
        </Card>
        {org.myRole === "admin" ? (
          <Card className="lg:col-span-3">
            <CardHeader
              title="Bring your colleagues in"
              description="Rapport works best when a whole team uses it: shared events, team goals and a manager view of how it is going."
              action={<ButtonLink href="/settings/organisation#invite">Invite people</ButtonLink>}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
