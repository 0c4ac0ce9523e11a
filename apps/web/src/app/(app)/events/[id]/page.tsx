import { metOnDate } from "@rapport/domain/events";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatWhen, initials, kindLabel } from "~/components/events/format";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { cancelEventAction, rsvpAction } from "../actions";

export const metadata: Metadata = { title: "Event" };

const ANSWER_LABEL = { interested: "Interested", going: "I'm going", attended: "I attended" } as const;
const STATUS_WORD = { interested: "interested", going: "going", attended: "went" } as const;

async function load(eventId: string) {
  const caller = await api();
  try {
    return await Promise.all([caller.events.get({ eventId }), caller.me.get()]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}

export default async function EventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const [detail, me] = await load(id);
  const { event, attendees, myRsvp, phase, allowedRsvps, starters, followUpChecklist } = detail;
  const zone = me.user.timeZone;
  const cancelled = event.status === "cancelled";
  const going = attendees.filter((a) => a.status !== "interested");
  const interested = attendees.filter((a) => a.status === "interested");
  const teammatesGoing = going.filter((a) => a.userId !== me.user.id);
  const metOn = metOnDate(event, zone);

  return (
    <>
      <p className="mb-3 text-sm">
        <Link href="/events" className="text-muted hover:text-ink">
          ← All events
        </Link>
      </p>
      <PageHeader
        title={event.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{formatWhen(event, zone)}</span>
            <Badge tone="accent">{kindLabel(event.kind)}</Badge>
            {cancelled ? <Badge tone="red">Cancelled</Badge> : null}
            {phase === "ongoing" && !cancelled ? <Badge tone="green">Happening now</Badge> : null}
          </span>
        }
        action={
          <div className="flex flex-wrap gap-2">
            <a
              href={`/api/calendar/events/${event.id}`}
              className="inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-4 font-medium hover:border-accent"
              download
            >
              Add to calendar
            </a>
            {detail.canEdit && !cancelled ? (
              <ButtonLink href={`/events/${event.id}/edit`} variant="secondary">
                Edit
              </ButtonLink>
            ) : null}
          </div>
        }
      />
      {saved ? (
        <div className="mb-6">
          <Alert tone="success" title="Saved">
            Your team can see it now. Teammates subscribed to the team calendar get the update too.
          </Alert>
        </div>
      ) : null}
      {cancelled ? (
        <div className="mb-6">
          <Alert tone="error" title="This event was cancelled">
            It stays here so everyone who planned to go knows; subscribed calendars show it as cancelled.
          </Alert>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {!cancelled && allowedRsvps.length > 0 ? (
            <Card>
              <CardHeader
                title={phase === "ended" ? "Did you go?" : "Are you going?"}
                description={
                  phase === "ended"
                    ? "Marking it attended counts toward your goals."
                    : "Your answer is visible to your team, so someone can join you."
                }
              />
              <div className="flex flex-wrap gap-2">
                {allowedRsvps.map((answer) => (
                  <form key={answer} action={rsvpAction}>
                    <input type="hidden" name="eventId" value={event.id} />
                    <input type="hidden" name="status" value={answer} />
                    <Button
                      type="submit"
                      variant={myRsvp === answer ? "primary" : "secondary"}
                      aria-pressed={myRsvp === answer}
                    >
                      {myRsvp === answer ? "✓ " : ""}
                      {ANSWER_LABEL[answer]}
                    </Button>
                  </form>
                ))}
                {myRsvp ? (
                  <form action={rsvpAction}>
                    <input type="hidden" name="eventId" value={event.id} />
                    <input type="hidden" name="status" value="none" />
                    <Button type="submit" variant="ghost">
                      Clear my answer
                    </Button>
                  </form>
                ) : null}
              </div>
            </Card>
          ) : null}

          {phase === "upcoming" && !cancelled ? (
            <Card>
              <CardHeader
                title="Prep card"
                description="Five minutes before you go makes the first hello easier."
              />
              <div className="space-y-5">
                <div>
                  <h3 className="text-sm font-semibold">Your intro</h3>
                  <p className="mt-1 text-sm text-muted">
                    Say who you are, what you work on and what you are curious about, in two sentences. Try it
                    out loud once on the way there.
                  </p>
                </div>
                <div>
                  <h3 className="text-sm font-semibold">Two conversation starters</h3>
                  <ul className="mt-2 space-y-2">
                    {starters.map((s) => (
                      <li
                        key={s}
                        className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900 dark:bg-brand-900/30 dark:text-brand-100"
                      >
                        “{s}”
                      </li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h3 className="text-sm font-semibold">From your team</h3>
                  <p className="mt-1 text-sm text-muted">
                    {teammatesGoing.length === 0
                      ? "No teammate has said they're going yet. Ask someone to come along: it is easier in pairs."
                      : `${teammatesGoing.map((a) => a.name).join(", ")} ${teammatesGoing.length === 1 ? "is" : "are"} going. Agree where to meet, then split up and compare notes after.`}
                  </p>
                </div>
              </div>
            </Card>
          ) : null}

          {phase !== "upcoming" && !cancelled ? (
            <Card>
              <CardHeader
                title="Who did you meet?"
                description="Capture people while the details are fresh; they stay private to you."
              />
              <ButtonLink href={`/people/new?eventId=${event.id}&metOn=${metOn}`}>
                Add someone you met
              </ButtonLink>
              <h3 className="mt-6 text-sm font-semibold">Follow-up checklist</h3>
              <ul className="mt-2 space-y-2">
                {followUpChecklist.map((item) => (
                  <li key={item} className="flex gap-2 text-sm">
                    <span aria-hidden="true" className="mt-0.5 size-4 shrink-0 rounded border border-line" />
                    <span>{item}</span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}

          <Card>
            <CardHeader title="About" />
            <dl className="grid gap-4 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-muted">Where</dt>
                <dd className="mt-0.5 break-words">
                  {event.venue ?? (event.onlineUrl ? "Online" : "To be confirmed")}
                </dd>
              </div>
              {event.onlineUrl ? (
                <div>
                  <dt className="text-muted">Online link</dt>
                  <dd className="mt-0.5 break-all">
                    <a
                      href={event.onlineUrl}
                      className="text-accent underline"
                      rel="noopener noreferrer"
                      target="_blank"
                    >
                      {event.onlineUrl}
                    </a>
                  </dd>
                </div>
              ) : null}
              {event.organiserUrl ? (
                <div>
                  <dt className="text-muted">Organiser</dt>
                  <dd className="mt-0.5 break-all">
                    <a
                      href={event.organiserUrl}
                      className="text-accent underline"
                      rel="noopener noreferrer"
                      target="_blank"
                    >
                      {event.organiserUrl.replace(/^https?:\/\//, "")}
                    </a>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="text-muted">Cost</dt>
                <dd className="mt-0.5">{event.cost ?? "Not given"}</dd>
              </div>
              <div>
                <dt className="text-muted">Team</dt>
                <dd className="mt-0.5">{detail.teamName}</dd>
              </div>
              {event.tags.length > 0 ? (
                <div>
                  <dt className="text-muted">Topics</dt>
                  <dd className="mt-1 flex flex-wrap gap-1.5">
                    {event.tags.map((t) => (
                      <Badge key={t}>{t}</Badge>
                    ))}
                  </dd>
                </div>
              ) : null}
            </dl>
            {event.description ? (
              <p className="mt-5 whitespace-pre-line text-sm leading-relaxed">{event.description}</p>
            ) : null}
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <CardHeader
              title="Who is going"
              description={`${going.length} going · ${interested.length} interested`}
            />
            {attendees.length === 0 ? (
              <p className="text-sm text-muted">
                No one has answered yet. Be the first — it nudges others to join.
              </p>
            ) : (
              <ul className="space-y-3" aria-label="Who is going">
                {[...going, ...interested].map((a) => (
                  <li key={a.userId} className="flex items-center gap-3">
                    <span
                      aria-hidden="true"
                      className="flex size-9 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-900"
                    >
                      {initials(a.name)}
                    </span>
                    <span className="min-w-0 flex-1 truncate text-sm font-medium">
                      {a.name}
                      {a.userId === me.user.id ? " (you)" : ""}
                    </span>
                    <Badge tone={a.status === "interested" ? "amber" : "green"}>
                      {STATUS_WORD[a.status]}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {detail.canEdit && !cancelled ? (
            <Card>
              <CardHeader
                title="Cancel this event"
                description="Everyone keeps seeing it, marked cancelled, so no one turns up by mistake."
              />
              <form action={cancelEventAction}>
                <input type="hidden" name="eventId" value={event.id} />
                <Button type="submit" variant="danger">
                  Cancel event
                </Button>
              </form>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
