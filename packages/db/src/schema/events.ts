import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { organisations, teams } from "./organisations";
import { users } from "./users";

export const eventKind = pgEnum("event_kind", [
  "conference",
  "meetup",
  "online_community",
  "internal",
  "other",
]);
export const eventStatus = pgEnum("event_status", ["confirmed", "tentative", "cancelled"]);
export const rsvpStatus = pgEnum("rsvp_status", ["interested", "going", "attended"]);
export const calendarFeedKind = pgEnum("calendar_feed_kind", ["team", "mine"]);

/** A calendar URL a team imports from (a Meetup group, a Luma calendar, …), re-read now and then. */
export const calendarSources = pgTable(
  "calendar_sources",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    name: text("name"),
    addedBy: text("added_by").references(() => users.id, { onDelete: "set null" }),
    lastFetchedAt: timestamp("last_fetched_at", { withTimezone: true, mode: "date" }),
    /** "ok" or "error" after the last read; null before the first. */
    lastStatus: text("last_status"),
    lastMessage: text("last_message"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("calendar_sources_team_url_key").on(t.teamId, t.url),
    index("calendar_sources_fetched_idx").on(t.lastFetchedAt),
  ],
);

/**
 * A team event. `uid` is the iCalendar UID: ours for events made here, the calendar's for imported ones
 * (one row per occurrence of a series), unique per team so a re-import updates instead of duplicating.
 */
export const events = pgTable(
  "events",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    uid: text("uid").notNull(),
    sourceId: text("source_id").references(() => calendarSources.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description"),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "date" }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true, mode: "date" }).notNull(),
    allDay: boolean("all_day").notNull().default(false),
    /** The zone the event was entered in (IANA); all-day events fall on dates in this zone. */
    timeZone: text("time_zone").notNull().default("UTC"),
    venue: text("venue"),
    onlineUrl: text("online_url"),
    organiserUrl: text("organiser_url"),
    kind: eventKind("kind").notNull().default("other"),
    tags: text("tags").array().notNull().default([]),
    cost: text("cost"),
    status: eventStatus("status").notNull().default("confirmed"),
    /** iCalendar SEQUENCE: bumped on every change subscribers should notice. */
    sequence: integer("sequence").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("events_team_uid_key").on(t.teamId, t.uid),
    index("events_org_starts_idx").on(t.organisationId, t.startsAt),
    index("events_team_starts_idx").on(t.teamId, t.startsAt),
    index("events_source_idx").on(t.sourceId),
  ],
);

/** A person's answer to an event: interested, going, or (afterwards) attended. Team-visible. */
export const eventRsvps = pgTable(
  "event_rsvps",
  {
    id: id(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: rsvpStatus("status").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("event_rsvps_event_user_key").on(t.eventId, t.userId),
    index("event_rsvps_user_idx").on(t.userId, t.status),
  ],
);

/**
 * A secret subscription URL: a team's events, or mine. Only a hash of the token is stored; getting a new
 * link replaces the hash, so the old URL stops working at once.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: calendarFeedKind("kind").notNull(),
    /** Set for team feeds. */
    teamId: text("team_id").references(() => teams.id, { onDelete: "cascade" }),
    /** The team's id for a team feed, "mine" for mine: one live link per person and feed. */
    scopeKey: text("scope_key").notNull(),
    tokenHash: text("token_hash").notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("calendar_feeds_token_hash_key").on(t.tokenHash),
    uniqueIndex("calendar_feeds_owner_key").on(t.organisationId, t.userId, t.scopeKey),
  ],
);
