import { getBarrier } from "@rapport/domain/barriers";
import { SMALL_GROUP_MIN } from "@rapport/domain/dashboard";
import { EVENT_KIND_LABELS, type EventKind } from "@rapport/domain/events";
import Link from "next/link";
import { PaceBadge, ProgressBar } from "~/components/goals/progress";
import { EmptyState } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { dateTileIn, timeIn, weekdayDayIn } from "~/lib/dates";
import { day, nudgedNote, nudgeReasonLines, plural, unitAfter } from "./format";
import { NudgeButton } from "./nudge-button";
import type { TeamDashboard } from "./types";

/** The people who may welcome a nudge, why (in kind words), and a button for each. */
export function NudgePanel({
  dashboard,
  timeZone,
  memberHref,
}: {
  dashboard: TeamDashboard;
  timeZone: string;
  memberHref: (userId: string) => string;
}) {
  if (dashboard.members.length === 0) {
    return (
      <EmptyState title="No one to nudge yet">
        Once people join the team, anyone who goes quiet or falls behind on a shared goal shows here.
      </EmptyState>
    );
  }
  if (dashboard.nudges.length === 0) {
    return (
      <EmptyState title="Everyone has been active lately">
        Nobody has gone three weeks without logging anything, and no shared goal is behind.
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {dashboard.nudges.map((n) => {
        const held = n.blockedUntil ? nudgedNote(n, dashboard.today, timeZone) : null;
        return (
          <li key={n.userId} className="flex min-w-0 flex-col rounded-lg border border-line p-4">
            <Link href={memberHref(n.userId)} className="font-medium hover:underline">
              {n.name}
            </Link>
            <ul className="mt-1 space-y-0.5 text-sm text-muted">
              {nudgeReasonLines(n, dashboard.today).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <div className="mt-auto pt-3">
              <NudgeButton
                teamId={dashboard.team.id}
                userId={n.userId}
                name={n.name}
                heldNote={held}
                lastNote={held ? null : nudgedNote(n, dashboard.today, timeZone)}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** A team goal's title: a link to its page for people in the team; an admin from outside reads it here only. */
export function TeamGoalTitle({ id, title, linked }: { id: string; title: string; linked: boolean }) {
  if (!linked) return <span className="font-medium break-words">{title}</span>;
  return (
    <Link href={`/goals/team/${id}`} className="font-medium break-words hover:underline">
      {title}
    </Link>
  );
}

/** The team's goals: how the whole team is doing, and each member's share. */
export function TeamGoals({ goals, linked }: { goals: TeamDashboard["teamGoals"]; linked: boolean }) {
  if (goals.length === 0) {
    return (
      <EmptyState title="No team goals right now">
        A shared aim, like one event each a month, gives everyone a reason to go. Set one from Goals.
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-6">
      {goals.map((goal) => (
        <li key={goal.teamGoalId}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <TeamGoalTitle id={goal.teamGoalId} title={goal.title} linked={linked} />
              <p className="text-sm text-muted">
                {goal.perMemberTarget}
                {unitAfter(goal.metric, goal.perMemberTarget)} each · due {day(goal.dueDate)} ·{" "}
                {goal.team.membersDone} of {goal.members.length} done
              </p>
            </div>
            <span className="shrink-0 whitespace-nowrap">
              <PaceBadge state={goal.pace.state} />
            </span>
          </div>
          <ProgressBar
            className="mt-3"
            percent={goal.team.percent}
            state={goal.pace.state}
            label={`${goal.title}, whole team: ${goal.team.percent}%`}
          />
          <p className="mt-1 text-xs text-muted">
            Team: {goal.team.progress} of {goal.team.target} ({goal.team.percent}%)
          </p>
          <ul className="mt-3 divide-y divide-line border-t border-line">
            {goal.members.map((m) => (
              <li
                key={m.memberId}
                className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1.5 py-2 sm:grid-cols-[10rem_1fr_4.5rem]"
              >
                <span className="truncate text-sm">{m.name}</span>
                <span className="text-right text-sm text-muted tabular-nums sm:order-last">
                  {m.progress} / {goal.perMemberTarget}
                </span>
                <ProgressBar
                  className="col-span-2 sm:col-span-1"
                  percent={m.percent}
                  state={m.done ? "done" : "on_track"}
                  label={`${m.name}'s share of ${goal.title}: ${m.percent}%`}
                />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** Goals members chose to share with the team, with how far along they are. */
export function SharedGoals({
  goals,
  emptyText = "Members can share a goal with the team when they set it. Private goals never show here.",
}: {
  goals: (Omit<TeamDashboard["sharedGoals"][number], "ownerName"> & { ownerName?: string })[];
  emptyText?: string;
}) {
  if (goals.length === 0) {
    return <EmptyState title="No shared goals yet">{emptyText}</EmptyState>;
  }
  return (
    <ul className="divide-y divide-line">
      {goals.map((goal) => (
        <li key={goal.goalId} className="py-3 first:pt-0 last:pb-0">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="font-medium break-words">{goal.title}</p>
              <p className="text-sm text-muted">
                {goal.ownerName ? `${goal.ownerName} · ` : ""}due {day(goal.dueDate)}
              </p>
            </div>
            <span className="shrink-0 whitespace-nowrap">
              <PaceBadge state={goal.pace.state} />
            </span>
          </div>
          <ProgressBar
            className="mt-2"
            percent={goal.pace.percent}
            expectedPercent={(goal.pace.expected * 100) / goal.target}
            state={goal.pace.state}
            label={`${goal.ownerName ? `${goal.ownerName}, ` : ""}${goal.title}: ${goal.pace.percent}%`}
          />
          <p className="mt-1 text-xs text-muted">
            {goal.progress} of {goal.target}
            {unitAfter(goal.metric, goal.target)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function eventDate(startsAt: string, allDay: boolean, eventZone: string, viewerZone: string) {
  const when = new Date(startsAt);
  const zone = allDay ? eventZone : viewerZone;
  return {
    ...dateTileIn(when, zone),
    text: `${weekdayDayIn(when, zone)} · ${allDay ? "all day" : timeIn(when, zone)}`,
  };
}

/** The team's events in the next 30 days and who from the team is going. */
export function UpcomingEvents({ events, timeZone }: { events: TeamDashboard["events"]; timeZone: string }) {
  if (events.length === 0) {
    return (
      <EmptyState title="No team events in the next 30 days">
        Anyone in the team can add an event they have found; it is a good way to bring quieter members along.
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-line">
      {events.map((event) => {
        const date = eventDate(event.startsAt, event.allDay, event.timeZone, timeZone);
        return (
          <li key={event.eventId} className="flex gap-3 py-3 first:pt-0 last:pb-0">
            <div
              aria-hidden="true"
              className="flex size-12 shrink-0 flex-col items-center justify-center rounded-lg border border-line text-center leading-none"
            >
              <span className="text-[11px] font-medium text-muted uppercase">{date.month}</span>
              <span className="mt-0.5 text-lg font-semibold">{date.day}</span>
            </div>
            <div className="min-w-0 flex-1">
              <Link href={`/events/${event.eventId}`} className="font-medium break-words hover:underline">
                {event.title}
              </Link>
              <p className="text-sm text-muted">
                {date.text} · {EVENT_KIND_LABELS[event.kind as EventKind] ?? event.kind}
                {event.venue ? ` · ${event.venue}` : ""}
              </p>
              <p className="mt-1 text-sm">
                {event.going.length > 0 ? (
                  <>
                    <span className="text-muted">Going: </span>
                    {event.going.join(", ")}
                  </>
                ) : (
                  <span className="text-muted">No one going yet</span>
                )}
                {event.interested > 0 ? (
                  <span className="text-muted"> · {event.interested} interested</span>
                ) : null}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** What tends to get in the team's way, averaged; withheld below the small-group threshold. */
export function BarrierProfile({ barriers }: { barriers: TeamDashboard["barriers"] }) {
  if (!barriers.shown) {
    return (
      <EmptyState title="Not enough answers yet">
        {`Shown once at least ${barriers.needed ?? SMALL_GROUP_MIN} members have taken the self-assessment (${barriers.respondents} so far).`}{" "}
        Until then an average could give away someone's answers, so it stays hidden.
      </EmptyState>
    );
  }
  const top = new Set(barriers.ranked.slice(0, 3).filter((id) => barriers.scores[id] >= 50));
  return (
    <div>
      <ul className="space-y-3">
        {barriers.ranked.map((id) => {
          const score = barriers.scores[id];
          return (
            <li key={id}>
              <div className="mb-1 flex justify-between gap-3 text-sm">
                <span className={cn(top.has(id) && "font-medium")}>{getBarrier(id).title}</span>
                <span className="text-muted tabular-nums">
                  {score}
                  <span className="sr-only"> out of 100</span>
                </span>
              </div>
              <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-line/60">
                <div
                  className={cn("h-full rounded-full", top.has(id) ? "bg-amber-500" : "bg-accent/60")}
                  style={{ width: `${score}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mt-4 text-xs text-muted">
        The average of {plural(barriers.respondents, "member")}' latest self-assessments, strongest first;
        higher means it gets in the way more. Nobody's own answers are shown.
      </p>
    </div>
  );
}
