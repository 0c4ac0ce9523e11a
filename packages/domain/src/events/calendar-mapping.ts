// How a team event maps to and from an iCalendar VEVENT. Export and import use the same mapping, so a
// re-import of our own feed finds every event unchanged.
import type { CalendarEventInput, EventStatus, ImportedEvent } from "../calendar";
import { safeWebUrl } from "../network";
import { addDays, localDate } from "../time";
import type { EventKind } from "./phase";

export interface StoredEvent {
  uid: string;
  sequence: number;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
  organiserUrl: string | null;
  status: EventStatus;
  updatedAt: Date;
}

/**
 * LOCATION is the venue, or the online link when there is no venue; URL is the organiser's page. Links
 * are written out only when they are http(s), whatever was stored, so subscribers never get another scheme.
 */
export function eventToCalendar(stored: StoredEvent): CalendarEventInput {
  const event = {
    ...stored,
    onlineUrl: safeWebUrl(stored.onlineUrl),
    organiserUrl: safeWebUrl(stored.organiserUrl),
  };
  return {
    uid: event.uid,
    sequence: event.sequence,
    title: event.title,
    description: event.description,
    location: event.venue ?? event.onlineUrl,
    url: event.organiserUrl ?? (event.venue ? event.onlineUrl : null),
    start: event.startsAt,
    end: event.endsAt,
    allDay: event.allDay,
    timeZone: event.timeZone,
    status: event.status,
    updatedAt: event.updatedAt,
  };
}

export interface ImportedFields {
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
  organiserUrl: string | null;
  status: EventStatus;
  sequence: number;
}

/** The fields an imported VEVENT sets; a LOCATION that is a web link is the online link. */
export function importedToFields(imported: ImportedEvent): ImportedFields {
  const location = imported.location?.trim() || null;
  const online = safeWebUrl(location);
  // A LOCATION that is a link of another scheme (javascript:, data:…) is no venue: it is left out.
  const otherLink = !online && location !== null && /^[a-z][a-z0-9+.-]*:\S*$/i.test(location);
  return {
    title: imported.title.trim() || "Untitled event",
    description: imported.description?.trim() || null,
    startsAt: imported.start,
    endsAt: imported.end.getTime() > imported.start.getTime() ? imported.end : imported.start,
    allDay: imported.allDay,
    timeZone: imported.timeZone ?? "UTC",
    venue: online || otherLink ? null : location,
    onlineUrl: online,
    // A calendar can carry javascript: or data: URLs; only http(s) links are kept.
    organiserUrl: safeWebUrl(imported.url),
    status: imported.status,
    sequence: imported.sequence,
  };
}

/** First day and the (exclusive) day after the last, in the event's zone, as the writer puts them. */
function allDayDates(event: Pick<StoredEvent, "startsAt" | "endsAt" | "timeZone">): [string, string] {
  const first = localDate(event.startsAt, event.timeZone);
  const last = localDate(new Date(event.endsAt.getTime() - 1), event.timeZone);
  // biome-ignore lint/complexity/useMathMinMax: these are YYYY-MM-DD strings, compared as text
  return [first, addDays(last > first ? last : first, 1)];
}

/** Whether the import would change what subscribers see (compared as calendar data, to the second). */
export function sameInCalendar(existing: StoredEvent, imported: ImportedEvent): boolean {
  const ours = eventToCalendar(existing);
  const second = (d: Date) => Math.floor(d.getTime() / 1000);
  const text = (s: string | null | undefined) => (s ?? "").trim();
  const sameTimes =
    ours.allDay && imported.allDay
      ? allDayDates(existing).join() === [imported.startDate, imported.endDate].join()
      : second(ours.start) === second(imported.start) && second(ours.end) === second(imported.end);
  return (
    text(ours.title) === text(imported.title) &&
    text(ours.description) === text(imported.description) &&
    text(ours.location) === text(imported.location) &&
    text(ours.url) === text(safeWebUrl(imported.url)) &&
    sameTimes &&
    ours.allDay === imported.allDay &&
    ours.status === imported.status
  );
}

/** Imported events have no kind in iCalendar; a feed is usually a meetup group's or a community's. */
export const IMPORTED_EVENT_KIND: EventKind = "other";
