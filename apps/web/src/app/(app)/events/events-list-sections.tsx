import { EVENT_KIND_LABELS, EVENT_KINDS, type EventKind } from "@rapport/domain/events";
import Link from "next/link";
import { dateTile, formatWhen, kindLabel } from "~/components/events/format";
import { PeopleGoing } from "~/components/events/people-going";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import { Input, Select } from "~/components/ui/field";
import type { api } from "~/server/api";

const RSVP_LABEL = { interested: "Interested", going: "You're going", attended: "You went" } as const;

type ListedEvent = Awaited<ReturnType<Awaited<ReturnType<typeof api>>["events"]["list"]>>["events"][number];

export type EventsSearch = { view?: string; kind?: string; tag?: string; q?: string };

/** The search, kind and topic filters: a plain GET form, so every filtered list is a link. */
export function EventFilters({
  view,
  kind,
  params,
  tags,
  filtered,
}: {
  view: "upcoming" | "past";
  kind: EventKind | undefined;
  params: EventsSearch;
  tags: string[];
  filtered: boolean;
}) {
  return (
    <form method="get" action="/events" className="mb-6 grid gap-3 sm:grid-cols-[1fr_12rem_12rem_auto]">
      {view === "past" ? <input type="hidden" name="view" value="past" /> : null}
      <div>
        <label htmlFor="events-q" className="sr-only">
          Search events
        </label>
        <Input
          id="events-q"
          name="q"
          type="search"
          placeholder="Search by title, venue or topic"
          defaultValue={params.q ?? ""}
        />
      </div>
      <div>
        <label htmlFor="events-kind" className="sr-only">
          Kind of event
        </label>
        <Select id="events-kind" name="kind" defaultValue={kind ?? ""}>
          <option value="">All kinds</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {EVENT_KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="events-tag" className="sr-only">
          Interest tag
        </label>
        <Select id="events-tag" name="tag" defaultValue={params.tag ?? ""}>
          <option value="">All topics</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
        {filtered ? (
          <Link href={view === "past" ? "/events?view=past" : "/events"} className={buttonClass("ghost")}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** One event in the list: its date tile, title, badges, when and where, who is going. */
export function EventRow({ event, zone }: { event: ListedEvent; zone: string }) {
  const tile = dateTile(event, zone);
  const cancelled = event.status === "cancelled";
  return (
    <li>
      <Link
        href={`/events/${event.id}`}
        className="group flex gap-4 rounded-xl border border-line bg-surface p-4 shadow-sm transition-colors hover:border-accent sm:p-5"
      >
        <div
          className={cn(
            "flex w-14 shrink-0 flex-col items-center justify-center rounded-lg py-2",
            cancelled
              ? "bg-line/50 text-muted"
              : "bg-brand-50 text-brand-900 dark:bg-brand-900/40 dark:text-brand-100",
          )}
          aria-hidden="true"
        >
          <span className="text-xs font-semibold uppercase tracking-wide">{tile.month}</span>
          <span className="text-xl font-semibold leading-tight">{tile.day}</span>
        </div>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2
              className={cn(
                "font-semibold group-hover:text-accent",
                cancelled && "line-through decoration-1",
              )}
            >
              {event.title}
            </h2>
            {cancelled ? <Badge tone="red">Cancelled</Badge> : null}
            {event.myRsvp ? (
              <Badge tone={event.myRsvp === "interested" ? "amber" : "green"}>
                {RSVP_LABEL[event.myRsvp]}
              </Badge>
            ) : null}
          </div>
          <p className="mt-1 text-sm text-muted">{formatWhen(event, zone)}</p>
          <p className="mt-0.5 truncate text-sm text-muted">
            {event.venue ?? (event.onlineUrl ? "Online" : "Place to be confirmed")} · {event.teamName}
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
            <PeopleGoing people={event.going} />
            <span className="flex flex-wrap gap-1.5">
              <Badge tone="accent">{kindLabel(event.kind)}</Badge>
              {event.tags.slice(0, 3).map((t) => (
                <Badge key={t}>{t}</Badge>
              ))}
            </span>
          </div>
        </div>
      </Link>
    </li>
  );
}
