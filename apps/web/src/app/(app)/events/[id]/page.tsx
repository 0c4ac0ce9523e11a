import { metOnDate } from "@rapport/domain/events";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatWhen, kindLabel } from "~/components/events/format";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { AboutSection, CancelSection, GoingSection, MetSection, PrepSection, RsvpSection } from "./sections";

export const metadata: Metadata = { title: "Event" };

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
  const { event, attendees, phase } = detail;
  const zone = me.user.timeZone;
  const cancelled = event.status === "cancelled";
  const teammatesGoing = attendees.filter((a) => a.status !== "interested" && a.userId !== me.user.id);
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
          <RsvpSection detail={detail} />

          <PrepSection detail={detail} teammatesGoing={teammatesGoing} />

          <MetSection detail={detail} metOn={metOn} />

          <AboutSection detail={detail} />
        </div>

        <div className="space-y-6">
          <GoingSection detail={detail} myUserId={me.user.id} />
          <CancelSection detail={detail} />
        </div>
      </div>
    </>
  );
}
