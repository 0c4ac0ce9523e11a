import { randomUUID } from "node:crypto";
import { AppError, forbidden, invalid, notFound } from "@rapport/domain";
import { allowedRsvps, type EventKind, eventPhase, type RsvpStatus } from "@rapport/domain/events";
import { and, asc, desc, eq, gte, ilike, inArray, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { eventRsvps, events, teams, users } from "../schema";
import { canEditEvent, eventAccess, findVisibleEvent, requireEventTeam } from "./event-access";
import { type OrgScope, ownedBy, type PeopleScope } from "./scope";

export type EventRow = typeof events.$inferSelect;

export interface EventFields {
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
  organiserUrl: string | null;
  kind: EventKind;
  tags: string[];
  cost: string | null;
}

/** UIDs of events made in Rapport: stable for the event's life, so calendars update rather than duplicate. */
export const eventUid = (eventId: string) => `${eventId}@rapport.events`;

export interface EventListFilter {
  view: "upcoming" | "past";
  teamId?: string;
  kind?: EventKind;
  tag?: string;
  search?: string;
}

export interface Attendee {
  userId: string;
  name: string;
  status: RsvpStatus;
}

async function rsvpsFor(db: Database, eventIds: string[]): Promise<Map<string, Attendee[]>> {
  const byEvent = new Map<string, Attendee[]>();
  if (eventIds.length === 0) return byEvent;
  const rows = await db
    .select({
      eventId: eventRsvps.eventId,
      userId: eventRsvps.userId,
      name: users.name,
      email: users.email,
      status: eventRsvps.status,
    })
    .from(eventRsvps)
    .innerJoin(users, eq(users.id, eventRsvps.userId))
    .where(inArray(eventRsvps.eventId, eventIds))
    .orderBy(asc(eventRsvps.createdAt));
  for (const row of rows) {
    const list = byEvent.get(row.eventId) ?? [];
    list.push({ userId: row.userId, name: row.name ?? row.email, status: row.status });
    byEvent.set(row.eventId, list);
  }
  return byEvent;
}

/** The team events the caller can see, upcoming (soonest first) or past (latest first), with who is going. */
export async function listEvents(db: Database, scope: OrgScope, filter: EventListFilter, now = new Date()) {
  const access = await eventAccess(db, scope);
  const teamIds = filter.teamId ? access.teamIds.filter((t) => t === filter.teamId) : access.teamIds;
  if (teamIds.length === 0) return [];
  const search = filter.search?.trim();
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db
    .select({ event: events, teamName: teams.name })
    .from(events)
    .innerJoin(teams, eq(teams.id, events.teamId))
    .where(
      and(
        eq(events.organisationId, scope.organisationId),
        inArray(events.teamId, teamIds),
        filter.view === "upcoming" ? gte(events.endsAt, now) : lt(events.endsAt, now),
        filter.kind ? eq(events.kind, filter.kind) : undefined,
        filter.tag ? sql`${filter.tag.toLowerCase()} = any(${events.tags})` : undefined,
        pattern
          ? or(ilike(events.title, pattern), ilike(events.description, pattern), ilike(events.venue, pattern))
          : undefined,
      ),
    )
    .orderBy(filter.view === "upcoming" ? asc(events.startsAt) : desc(events.startsAt))
    .limit(200);
  const attendees = await rsvpsFor(
    db,
    rows.map((r) => r.event.id),
  );
  return rows.map(({ event, teamName }) => {
    const people = attendees.get(event.id) ?? [];
    return {
      ...event,
      teamName,
      going: people.filter((p) => p.status === "going" || p.status === "attended"),
      interestedCount: people.filter((p) => p.status === "interested").length,
      myRsvp: people.find((p) => p.userId === scope.userId)?.status ?? null,
    };
  });
}

/** Interest tags in use on the caller's visible events, for the filter. */
export async function listEventTags(db: Database, scope: OrgScope) {
  const access = await eventAccess(db, scope);
  if (access.teamIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ tag: sql<string>`unnest(${events.tags})` })
    .from(events)
    .where(and(eq(events.organisationId, scope.organisationId), inArray(events.teamId, access.teamIds)));
  return rows.map((r) => r.tag).sort();
}

/** One event with everyone's answers, what the caller may do with it, and its team. */
export async function getEvent(db: Database, scope: OrgScope, eventId: string) {
  const { event, access } = await findVisibleEvent(db, scope, eventId);
  const [team] = await db.select({ name: teams.name }).from(teams).where(eq(teams.id, event.teamId));
  const attendees = (await rsvpsFor(db, [event.id])).get(event.id) ?? [];
  return {
    event,
    teamName: team?.name ?? "",
    attendees,
    myRsvp: attendees.find((a) => a.userId === scope.userId)?.status ?? null,
    canEdit: canEditEvent(access, event, scope.userId),
  };
}

function checkTimes(fields: Pick<EventFields, "startsAt" | "endsAt">) {
  if (fields.endsAt.getTime() <= fields.startsAt.getTime()) {
    throw invalid("The event must end after it starts.", "endsAt");
  }
}

export async function createEvent(db: Database, scope: OrgScope, input: EventFields & { teamId: string }) {
  const access = await requireEventTeam(db, scope, input.teamId);
  if (!access.isAdmin && !access.memberTeamIds.includes(input.teamId)) throw notFound("The team");
  checkTimes(input);
  const id = randomUUID();
  const [event] = await db
    .insert(events)
    .values({
      ...input,
      id,
      uid: eventUid(id),
      organisationId: scope.organisationId,
      createdBy: scope.userId,
    })
    .returning();
  if (!event) throw new AppError("conflict", "The event could not be saved.");
  return event;
}

/** Saves changes; the SEQUENCE goes up so calendars that subscribed show the new details. */
export async function updateEvent(db: Database, scope: OrgScope, eventId: string, input: EventFields) {
  const { event, access } = await findVisibleEvent(db, scope, eventId);
  if (!canEditEvent(access, event, scope.userId)) {
    throw forbidden("Only the person who added this event, the team's managers and admins can change it.");
  }
  checkTimes(input);
  const [updated] = await db
    .update(events)
    .set({ ...input, sequence: event.sequence + 1 })
    .where(eq(events.id, event.id))
    .returning();
  if (!updated) throw notFound("The event");
  return updated;
}

/** Cancels (the event stays, marked cancelled, so subscribed calendars learn of it). */
export async function cancelEvent(db: Database, scope: OrgScope, eventId: string) {
  const { event, access } = await findVisibleEvent(db, scope, eventId);
  if (!canEditEvent(access, event, scope.userId)) {
    throw forbidden("Only the person who added this event, the team's managers and admins can cancel it.");
  }
  if (event.status === "cancelled") return event;
  const [updated] = await db
    .update(events)
    .set({ status: "cancelled", sequence: event.sequence + 1 })
    .where(eq(events.id, event.id))
    .returning();
  if (!updated) throw notFound("The event");
  return updated;
}

/** Sets (or with `null`, clears) the caller's answer. What may be answered depends on the event's phase. */
export async function setRsvp(
  db: Database,
  scope: OrgScope,
  eventId: string,
  status: RsvpStatus | null,
  now = new Date(),
) {
  const { event } = await findVisibleEvent(db, scope, eventId);
  if (status === null) {
    await db
      .delete(eventRsvps)
      .where(and(eq(eventRsvps.eventId, event.id), eq(eventRsvps.userId, scope.userId)));
    return null;
  }
  if (event.status === "cancelled" && status !== "attended") {
    throw invalid("This event was cancelled.", "status");
  }
  const phase = eventPhase(event, now);
  if (!allowedRsvps(phase).includes(status)) {
    throw invalid(
      phase === "upcoming"
        ? "You can mark yourself as attended once the event has started."
        : "This event is over; you can say whether you attended.",
      "status",
    );
  }
  const [rsvp] = await db
    .insert(eventRsvps)
    .values({ eventId: event.id, userId: scope.userId, status })
    .onConflictDoUpdate({
      target: [eventRsvps.eventId, eventRsvps.userId],
      set: { status, updatedAt: now },
    })
    .returning();
  return rsvp ?? null;
}

/**
 * Events a person attended in a period, as goal activities (contract with the goals area: the kind is
 * exactly "event_attended", dated by the event's start).
 */
export async function attendedEventActivities(
  db: Database,
  who: OrgScope | PeopleScope,
  period: { from: Date; to: Date },
): Promise<{ kind: "event_attended"; at: Date; userId: string }[]> {
  const rows = await db
    .select({ userId: eventRsvps.userId, at: events.startsAt })
    .from(eventRsvps)
    .innerJoin(events, eq(events.id, eventRsvps.eventId))
    .where(
      and(
        ownedBy(eventRsvps.userId, who),
        eq(eventRsvps.status, "attended"),
        eq(events.organisationId, who.organisationId),
        gte(events.startsAt, period.from),
        lt(events.startsAt, period.to),
      ),
    )
    .orderBy(asc(events.startsAt));
  return rows.map((r) => ({ kind: "event_attended" as const, at: r.at, userId: r.userId }));
}

/** Events the person said they are going to (or attended), across their visible teams: for "my calendar". */
export async function myGoingEvents(db: Database, scope: OrgScope) {
  const access = await eventAccess(db, scope);
  if (access.teamIds.length === 0) return [];
  const rows = await db
    .select({ event: events })
    .from(eventRsvps)
    .innerJoin(events, eq(events.id, eventRsvps.eventId))
    .where(
      and(
        eq(eventRsvps.userId, scope.userId),
        inArray(eventRsvps.status, ["going", "attended"]),
        eq(events.organisationId, scope.organisationId),
        inArray(events.teamId, access.teamIds),
      ),
    );
  return rows.map((r) => r.event);
}
