// How events read on screen: times in the viewer's zone, all-day dates in the event's own zone.
import { EVENT_KIND_LABELS, type EventKind } from "@rapport/domain/events";
import { dateTileIn, timeIn, weekdayDayIn } from "~/lib/dates";

interface When {
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  timeZone: string;
}

/** "Tue 12 May · 18:00–20:00", "Tue 12 – Wed 13 May (all day)". */
export function formatWhen(event: When, viewerZone: string): string {
  if (event.allDay) {
    const zone = event.timeZone;
    const last = new Date(event.endsAt.getTime() - 1);
    const first = weekdayDayIn(event.startsAt, zone);
    const end = weekdayDayIn(last, zone);
    return first === end ? `${first} · all day` : `${first} – ${end} · all day`;
  }
  const startDay = weekdayDayIn(event.startsAt, viewerZone);
  const endDay = weekdayDayIn(event.endsAt, viewerZone);
  const start = timeIn(event.startsAt, viewerZone);
  const end = timeIn(event.endsAt, viewerZone);
  return startDay === endDay ? `${startDay} · ${start}–${end}` : `${startDay} ${start} – ${endDay} ${end}`;
}

/** The date tile: month abbreviation and day number. */
export function dateTile(event: When, viewerZone: string): { month: string; day: string } {
  return dateTileIn(event.startsAt, event.allDay ? event.timeZone : viewerZone);
}

export function kindLabel(kind: EventKind): string {
  return EVENT_KIND_LABELS[kind];
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase())
    .join("");
}
