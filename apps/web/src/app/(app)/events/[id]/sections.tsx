import { initials } from "~/components/events/format";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import type { api } from "~/server/api";
import { cancelEventAction, rsvpAction } from "../actions";

// The event page's sections, each a card; the page decides their order and layout.

type EventDetail = Awaited<ReturnType<Awaited<ReturnType<typeof api>>["events"]["get"]>>;
type Attendee = EventDetail["attendees"][number];

const ANSWER_LABEL = { interested: "Interested", going: "I'm going", attended: "I attended" } as const;
const STATUS_WORD = { interested: "interested", going: "going", attended: "went" } as const;

/** Interested, going or attended: the answers this phase allows, and clearing one's answer. */
export function RsvpSection({ detail }: { detail: EventDetail }) {
  const { event, myRsvp, phase, allowedRsvps } = detail;
  const cancelled = event.status === "cancelled";
  return !cancelled && allowedRsvps.length > 0 ? (
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
  ) : null;
}

/** Before the event: an intro, two starters and who from the team is going. */
export function PrepSection({ detail, teammatesGoing }: { detail: EventDetail; teammatesGoing: Attendee[] }) {
  const { event, phase, starters } = detail;
  const cancelled = event.status === "cancelled";
  return phase === "upcoming" && !cancelled ? (
    <Card>
      <CardHeader title="Prep card" description="Five minutes before you go makes the first hello easier." />
      <div className="space-y-5">
        <div>
          <h3 className="text-sm font-semibold">Your intro</h3>
          <p className="mt-1 text-sm text-muted">
            Say who you are, what you work on and what you are curious about, in two sentences. Try it out
            loud once on the way there.
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
  ) : null;
}

/** During and after the event: add the people met, and the follow-up checklist. */
export function MetSection({ detail, metOn }: { detail: EventDetail; metOn: string }) {
  const { event, phase, followUpChecklist } = detail;
  const cancelled = event.status === "cancelled";
  return phase !== "upcoming" && !cancelled ? (
    <Card>
      <CardHeader
        title="Who did you meet?"
        description="Capture people while the details are fresh; they stay private to you."
      />
      <ButtonLink href={`/people/new?eventId=${event.id}&metOn=${metOn}`}>Add someone you met</ButtonLink>
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
  ) : null;
}

/** Where, links, cost, team, topics and the description. */
export function AboutSection({ detail }: { detail: EventDetail }) {
  const { event } = detail;
  return (
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
  );
}

/** Everyone who answered, going first. */
export function GoingSection({ detail, myUserId }: { detail: EventDetail; myUserId: string }) {
  const { attendees } = detail;
  const going = attendees.filter((a) => a.status !== "interested");
  const interested = attendees.filter((a) => a.status === "interested");
  return (
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
                {a.userId === myUserId ? " (you)" : ""}
              </span>
              <Badge tone={a.status === "interested" ? "amber" : "green"}>{STATUS_WORD[a.status]}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** For whoever may edit it: cancel, keeping the event visible and marked. */
export function CancelSection({ detail }: { detail: EventDetail }) {
  const { event } = detail;
  const cancelled = event.status === "cancelled";
  return detail.canEdit && !cancelled ? (
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
  ) : null;
}
