import type { Metadata } from "next";
import { Card, PageHeader } from "~/components/ui/card";
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
  const eventId = params.eventId?.slice(0, 64) || null;
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
            metOn: params.metOn && DAY.test(params.metOn) ? params.metOn : null,
          }}
        />
      </Card>
    </>
  );
}
