import { getBarrier } from "@rapport/domain/barriers";
import type { Metadata } from "next";
import { BarrierBars } from "~/components/goals/barrier-profile";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { formatInstant } from "~/lib/dates";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Your barrier profile" };

export default async function AssessmentPage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string }>;
}) {
  const { saved } = await searchParams;
  const caller = await api();
  const [history, me] = await Promise.all([caller.assessment.history(), caller.me.get()]);
  const latest = history[0];
  return (
    <>
      <PageHeader
        title="Your barrier profile"
        description="What tends to hold you back from networking, from your own answers. Only you can see this."
        action={
          latest ? (
            <ButtonLink href="/assessment/take" variant="secondary">
              Retake
            </ButtonLink>
          ) : null
        }
      />
      {saved ? (
        <div className="mb-6">
          <Alert tone="success" title="Profile updated">
            Your tips and goal suggestions now follow it.
          </Alert>
        </div>
      ) : null}
      {!latest ? (
        <Card>
          <EmptyState
            title="You haven't taken the assessment yet"
            action={<ButtonLink href="/assessment/take">Take the assessment</ButtonLink>}
          >
            Three minutes, 24 statements. It tells Rapport which tips and goals will help you most.
          </EmptyState>
        </Card>
      ) : (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card className="lg:col-span-2">
            <CardHeader
              title="Where you are now"
              description={`Taken ${formatInstant(latest.takenAt, me.user.timeZone)}. Higher means more in your way.`}
            />
            <BarrierBars profile={latest.profile} compact />
          </Card>
          <div className="space-y-6">
            <Card>
              <CardHeader title="Worth working on" />
              {latest.profile.top.length === 0 ? (
                <p className="text-sm text-muted">
                  Nothing stands out as a real obstacle. Your suggestions lean on your relatively strongest
                  areas.
                </p>
              ) : (
                <ul className="space-y-4">
                  {latest.profile.top.map((id) => {
                    const barrier = getBarrier(id);
                    return (
                      <li key={id}>
                        <p className="font-medium">{barrier.title}</p>
                        <p className="mt-1 text-sm text-muted">{barrier.strategies[0]}</p>
                      </li>
                    );
                  })}
                </ul>
              )}
              <ButtonLink href="/goals" size="sm" className="mt-4">
                See suggested goals
              </ButtonLink>
            </Card>
            {latest.changes ? (
              <Card>
                <CardHeader title="Since last time" />
                <ul className="space-y-2 text-sm">
                  {latest.changes
                    .filter((c) => c.direction !== "unchanged")
                    .map((c) => (
                      <li key={c.barrierId} className="flex items-center justify-between gap-3">
                        <span>{getBarrier(c.barrierId).title}</span>
                        <Badge tone={c.direction === "eased" ? "green" : "amber"}>
                          {c.direction === "eased" ? `eased ${-c.change}` : `up ${c.change}`}
                        </Badge>
                      </li>
                    ))}
                  {latest.changes.every((c) => c.direction === "unchanged") ? (
                    <li className="text-muted">No change since your last answers.</li>
                  ) : null}
                </ul>
              </Card>
            ) : null}
          </div>
          {history.length > 1 ? (
            <Card className="lg:col-span-3">
              <CardHeader title="History" description="Each time you took it, with your top barriers then." />
              <ul className="divide-y divide-line">
                {history.map((h) => (
                  <li key={h.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                    <span className="font-medium">{formatInstant(h.takenAt, me.user.timeZone)}</span>
                    <span className="text-muted">
                      {h.profile.top.length > 0
                        ? h.profile.top.map((id) => getBarrier(id).title).join(" · ")
                        : "No strong barriers"}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      )}
    </>
  );
}
