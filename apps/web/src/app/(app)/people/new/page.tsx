import { localDate } from "@rapport/domain/time";
import type { Metadata } from "next";
import { Card, PageHeader } from "~/components/ui/card";
import { api, requireMember } from "~/server/api";
import { ContactForm } from "../contact-form";

export const metadata: Metadata = { title: "Add a person" };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `?eventId=…&metOn=YYYY-MM-DD` prefill this form from an event's "who did you meet?" prompt. */
export default async function NewPersonPage({
  searchParams,
}: {
  searchParams: Promise<{ eventId?: string; metOn?: string; name?: string }>;
}) {
  const params = await searchParams;
  const { me } = await requireMember("/people/new");
  const requested = params.eventId?.slice(0, 64) || null;
  // Only an event this person can see is linked; an unknown id is quietly dropped.
  const event = requested ? await (await api()).events.get({ eventId: requested }).catch(() => null) : null;
  const eventId = event ? event.event.id : null;
  return (
    <>
      <PageHeader
        title="Who did you meet?"
        description="Jot it down while it is fresh: a name and one thing you talked about is enough to follow up well."
      />
      <Card className="max-w-3xl">
        <ContactForm
          cancelHref="/people"
          values={{
            name: params.name?.slice(0, 200),
            metEventId: eventId,
            metEventTitle: event?.event.title ?? null,
            metWhere: event?.event.title ?? null,
            // "Met on" starts at today (in the person's zone), so a name alone saves with a follow-up planned.
            metOn:
              params.metOn && DAY.test(params.metOn) ? params.metOn : localDate(new Date(), me.user.timeZone),
          }}
        />
      </Card>
    </>
  );
}
