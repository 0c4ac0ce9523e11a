import type { EmployeeDigest } from "@rapport/domain/digest";
import Link from "next/link";
import { Badge } from "~/components/ui/badge";
import { Card, CardHeader, EmptyState } from "~/components/ui/card";
import { EventRsvp } from "./event-rsvp";
import { FollowUpActions } from "./follow-up-actions";
import { GoalActions } from "./goal-check-in";

const paceTone = {
  ahead: "green",
  "on track": "green",
  done: "green",
  behind: "amber",
  overdue: "red",
  "not started": "neutral",
} as const;

/**
 * The week's plan on Today: the same picks as the Monday email, so the two never disagree, and each
 * item can be acted on right here (done, snooze, log, RSVP, check in) with an Undo.
 */
export function ThisWeek({ digest, today }: { digest: EmployeeDigest; today: string }) {
  const followUps = digest.followUps ? [...digest.followUps.overdue, ...digest.followUps.thisWeek] : [];
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <CardHeader
          title="Follow-ups this week"
          description="Overdue first. A short note is enough."
          action={
            <Link href="/follow-ups" className="text-sm font-medium text-accent underline">
              All follow-ups
            </Link>
          }
        />
        {followUps.length === 0 ? (
          <EmptyState title="Nothing due this week">
            Met someone lately? Add them and Rapport will remind you.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-line" aria-label="Follow-ups this week">
            {followUps.map((f) => (
              <li
                key={f.id ?? `${f.contactName}-${f.dueOn}`}
                className="flex flex-wrap items-start justify-between gap-3 py-3"
              >
                <span className="min-w-0">
                  {f.contactId ? (
                    <Link href={`/people/${f.contactId}`} className="font-medium hover:underline">
                      {f.contactName}
                    </Link>
                  ) : (
                    <span className="font-medium">{f.contactName}</span>
                  )}{" "}
                  <Badge tone={f.dueLabel.includes("overdue") ? "red" : "neutral"}>{f.dueLabel}</Badge>
                  {f.reason ? <span className="block text-sm text-muted">{f.reason}</span> : null}
                </span>
                {f.id ? (
                  <FollowUpActions
                    followUpId={f.id}
                    contactId={f.contactId}
                    who={f.contactName}
                    dueOn={f.dueOn}
                    today={today}
                  />
                ) : null}
              </li>
            ))}
            {digest.followUps && digest.followUps.more > 0 ? (
              <li className="py-3 text-sm text-muted">and {digest.followUps.more} more</li>
            ) : null}
          </ul>
        )}
      </Card>
      <Card>
        <CardHeader title="Try this week" />
        {digest.action ? <p className="font-medium">{digest.action.text}</p> : null}
        {digest.tip ? (
          <p className="mt-3 text-sm text-muted">
            {digest.tip.text}{" "}
            <span className="block mt-1 text-xs">For: {digest.tip.barrierTitle.toLowerCase()}</span>
          </p>
        ) : (
          <p className="text-sm text-muted">
            Take the{" "}
            <Link href="/assessment" className="text-accent underline">
              two-minute self-check
            </Link>{" "}
            for tips picked for you.
          </p>
        )}
      </Card>
      <Card className="lg:col-span-2">
        <CardHeader
          title="Team events in the next two weeks"
          action={
            <Link href="/events" className="text-sm font-medium text-accent underline">
              All events
            </Link>
          }
        />
        {digest.events.length === 0 ? (
          <EmptyState title="No team events coming up">
            Found a good meetup? Add it so teammates can join you.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-line" aria-label="Team events">
            {digest.events.map((e) => (
              <li
                key={e.id ?? `${e.title}-${e.when}`}
                className="flex flex-wrap items-center justify-between gap-3 py-3"
              >
                <span className="min-w-0">
                  {e.id ? (
                    <Link href={`/events/${e.id}`} className="font-medium hover:underline">
                      {e.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{e.title}</span>
                  )}
                  <span className="block text-sm text-muted">
                    {e.when}
                    {e.location ? ` · ${e.location}` : ""}
                    {e.going ? ` · ${e.going}` : ""}
                  </span>
                </span>
                {e.id ? <EventRsvp eventId={e.id} title={e.title} current={e.readerRsvp ?? null} /> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <CardHeader title="Your goals" />
        {digest.goals.length === 0 ? (
          <EmptyState
            title="No goals in progress"
            action={
              <Link href="/goals/new" className="text-sm text-accent underline">
                Set a goal
              </Link>
            }
          />
        ) : (
          <ul className="space-y-4" aria-label="Your goals">
            {digest.goals.map((g) => (
              <li key={g.id ?? g.title}>
                <div className="flex items-start justify-between gap-2">
                  <span className="text-sm font-medium">{g.title}</span>
                  <Badge tone={paceTone[g.pace]}>{g.pace}</Badge>
                </div>
                <div className="mt-1.5 h-2 rounded-full bg-line/60" aria-hidden="true">
                  <div
                    className="h-2 rounded-full bg-accent"
                    style={{ width: `${Math.min(100, g.percent)}%` }}
                  />
                </div>
                <span className="text-xs text-muted">
                  {g.progress} of {g.target}
                </span>
                {g.id ? <GoalActions goalId={g.id} title={g.title} manual={g.manual ?? false} /> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
