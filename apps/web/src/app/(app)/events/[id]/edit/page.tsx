import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "~/components/ui/card";
import { localParts } from "~/lib/dates";
import { api } from "~/server/api";
import { EventForm } from "../../event-form";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await api();
  const detail = await caller.events.get({ eventId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  });
  if (!detail.canEdit) notFound();
  const { event } = detail;
  const start = localParts(event.startsAt, event.timeZone);
  const end = event.allDay
    ? localParts(new Date(event.endsAt.getTime() - 1), event.timeZone)
    : localParts(event.endsAt, event.timeZone);
  return (
    <>
      <PageHeader
        title="Edit event"
        description="Changes reach teammates' calendars at their next refresh."
      />
      <Card>
        <EventForm
          cancelHref={`/events/${event.id}`}
          teams={[]}
          values={{
            eventId: event.id,
            title: event.title,
            kind: event.kind,
            allDay: event.allDay,
            startDate: start.date,
            startTime: event.allDay ? "" : start.time,
            endDate: end.date,
            endTime: event.allDay ? "" : end.time,
            timeZone: event.timeZone,
            venue: event.venue ?? "",
            onlineUrl: event.onlineUrl ?? "",
            organiserUrl: event.organiserUrl ?? "",
            tags: event.tags.join(", "),
            cost: event.cost ?? "",
            description: event.description ?? "",
          }}
        />
      </Card>
    </>
  );
}
