// How events read on screen: times in the viewer's zone, all-day dates in the event's own zone.
import { EVENT_KIND_LABELS, type EventKind } from "@rapport/domain/events";

interface When {
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  timeZone: string;
}

const dayFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone });
const timeFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });

/** "Tue 12 May · 18:00–20:00", "Tue 12 – Wed 13 May (all day)". */
export function formatWhen(event: When, viewerZone: string): string {
  if (event.allDay) {
    const zone = event.timeZone;
    const last = new Date(event.endsAt.getTime() - 1);
    const first = dayFormat(zone).format(event.startsAt);
    const end = dayFormat(zone).format(last);
    return first === end ? `${first} · all day` : `${first} – ${end} · all day`;
  }
  const startDay = dayFormat(viewerZone).format(event.startsAt);
  const endDay = dayFormat(viewerZone).format(event.endsAt);
  const times = `${timeFormat(viewerZone).format(event.startsAt)}–${timeFormat(viewerZone).format(event.endsAt)}`;
  return startDay === endDay
    ? `${startDay} · ${times}`
    : `${startDay} ${timeFormat(viewerZone).format(event.startsAt)} – ${endDay} ${timeFormat(viewerZone).format(event.endsAt)}`;
}

/** The date tile: month abbreviation and day number. */
export function dateTile(event: When, viewerZone: string): { month: string; day: string } {
  const zone = event.allDay ? event.timeZone : viewerZone;
  return {
    month: new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: zone }).format(event.startsAt),
    day: new Intl.DateTimeFormat("en-GB", { day: "numeric", timeZone: zone }).format(event.startsAt),
  };
}

export function kindLabel(kind: EventKind): string {
  return EVENT_KIND_LABELS[kind];
}

/** Wall-clock parts of an instant in a zone, for the edit form's inputs. */
export function localParts(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase())
    .join("");
}
