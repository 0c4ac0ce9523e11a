// The iCalendar text we serve: a team feed, my feed, one event's download. Byte-identical while nothing
// changes (DTSTAMP follows the data), so the ETag is the body's hash.
import { createHash } from "node:crypto";
import { calendarFeedByToken, type Database, type EventRow } from "@rapport/db";
import { calendarContentType, type WeeklyBlockInput, writeCalendar } from "@rapport/domain/calendar";
import { eventToCalendar } from "@rapport/domain/events";
import { getMyTimeBlock } from "./time-block";

export interface CalendarDocument {
  body: string;
  contentType: string;
  etag: string;
  lastModified: Date;
  fileName: string;
}

function document(
  name: string,
  events: readonly EventRow[],
  fileName: string,
  weeklyBlock: WeeklyBlockInput | null = null,
): CalendarDocument {
  const body = writeCalendar({ name, events: events.map(eventToCalendar), weeklyBlock });
  const times = [...events.map((e) => e.updatedAt.getTime()), weeklyBlock?.updatedAt.getTime() ?? 0];
  const lastModified = new Date(Math.max(0, ...times));
  return {
    body,
    contentType: calendarContentType,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`,
    lastModified,
    fileName,
  };
}

export function eventDocument(event: EventRow): CalendarDocument {
  const slug = event.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 50);
  return document(event.title, [event], `${slug || "event"}.ics`);
}

/** A feed by its secret token, or null when the token is unknown, revoked, or its owner left. */
export async function feedDocument(db: Database, token: string): Promise<CalendarDocument | null> {
  const feed = await calendarFeedByToken(db, token);
  if (!feed) return null;
  const block =
    feed.kind === "mine"
      ? await getMyTimeBlock(db, { userId: feed.userId, organisationId: feed.organisationId })
      : null;
  return document(
    feed.name,
    feed.events,
    feed.kind === "mine" ? "my-networking.ics" : "team-events.ics",
    block,
  );
}
