import { EVENT_KINDS, type EventKind } from "@rapport/domain/events";
import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { api } from "~/server/api";
import { EventFilters, EventRow, type EventsSearch } from "./events-list-sections";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<EventsSearch> }) {
  const params = await searchParams;
  const view = params.view === "past" ? "past" : "upcoming";
  const kind = EVENT_KINDS.includes(params.kind as EventKind) ? (params.kind as EventKind) : undefined;
  const caller = await api();
  const [me, list] = await Promise.all([
    caller.me.get(),
    caller.events.list({ view, kind, tag: params.tag || undefined, search: params.q || undefined }),
  ]);
  const zone = me.user.timeZone;
  const filtered = Boolean(kind || params.tag || params.q);
  const tabHref = (v: string) => {
    const next = new URLSearchParams({ ...(v === "past" ? { view: "past" } : {}) });
    if (kind) next.set("kind", kind);
    if (params.tag) next.set("tag", params.tag);
    if (params.q) next.set("q", params.q);
    const query = next.toString();
    return `/events${query ? `?${query}` : ""}`;
  };

  return (
    <>
      <PageHeader
        title="Team events"
        description="Conferences, meetups and communities your team is going to. Say you're going so teammates can join you."
        action={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/events/calendars" variant="secondary">
              Import and subscribe
            </ButtonLink>
            <ButtonLink href="/events/new">Add an event</ButtonLink>
          </div>
        }
      />

      <div className="mb-4 flex gap-1 border-b border-line" role="tablist" aria-label="When">
        {(["upcoming", "past"] as const).map((v) => (
          <Link
            key={v}
            href={tabHref(v)}
            role="tab"
            aria-selected={view === v}
            className={cn(
              "-mb-px border-b-2 px-4 py-2 text-sm font-medium",
              view === v ? "border-accent text-ink" : "border-transparent text-muted hover:text-ink",
            )}
          >
            {v === "upcoming" ? "Upcoming" : "Past"}
          </Link>
        ))}
      </div>

      <EventFilters view={view} kind={kind} params={params} tags={list.tags} filtered={filtered} />

      {list.events.length === 0 ? (
        filtered ? (
          <EmptyState title="Nothing matches those filters">
            Try another topic or clear the search.
          </EmptyState>
        ) : view === "upcoming" ? (
          <EmptyState
            title="No upcoming events yet"
            action={<ButtonLink href="/events/new">Add the first one</ButtonLink>}
          >
            Going to a meetup or a conference anyway? Add it here so a teammate can come along — or import a
            calendar your community already publishes.
          </EmptyState>
        ) : (
          <EmptyState title="No past events yet">Events your team went to will collect here.</EmptyState>
        )
      ) : (
        <ul className="space-y-3">
          {list.events.map((event) => (
            <EventRow key={event.id} event={event} zone={zone} />
          ))}
        </ul>
      )}
    </>
  );
}
