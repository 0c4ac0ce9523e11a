import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { id, localDate, timestamps } from "./columns";
import { events } from "./events";
import { organisations } from "./organisations";
import { users } from "./users";

// Contacts, interactions and follow-ups are private to their owner: every row carries the owner and
// the organisation, and every query filters by both (from the session), never by a client value.

export const interactionKind = pgEnum("interaction_kind", [
  "met",
  "message",
  "call",
  "coffee",
  "intro",
  "gave_value",
]);
export const interactionOutcome = pgEnum("interaction_outcome", [
  "positive",
  "neutral",
  "no_reply",
  "declined",
]);
export const followUpReason = pgEnum("follow_up_reason", [
  "first_meeting",
  "cadence",
  "second_touch",
  "manual",
]);
export const contactSource = pgEnum("contact_source", ["manual", "import"]);

export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    company: text("company"),
    role: text("role"),
    email: text("email"),
    phone: text("phone"),
    linkedinUrl: text("linkedin_url"),
    /** 'YYYY-MM-DD' in the owner's time zone. */
    metOn: localDate("met_on"),
    /** Where we met, in the owner's words ("Product meetup, Berlin"). */
    metWhere: text("met_where"),
    /** The event we met at; cleared if the event is deleted. */
    metEventId: text("met_event_id").references(() => events.id, { onDelete: "set null" }),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    commonGround: text("common_ground"),
    notes: text("notes"),
    /** The contact's own keep-in-touch cadence; null means "use my tag cadences, if any". */
    cadenceIdealDays: integer("cadence_ideal_days"),
    cadenceMaxDays: integer("cadence_max_days"),
    source: contactSource("source").notNull().default("manual"),
    /** Lower-cased name, company and tags, kept by the queries; the full-text index reads it. */
    searchText: text("search_text").notNull().default(""),
    ...timestamps,
  },
  (t) => [
    index("contacts_owner_name_idx").on(t.ownerId, t.organisationId, t.name),
    // Word-prefix search on name, company and tags. A GIN index on a 'simple' tsvector works on
    // Postgres and PGlite alike (pg_trgm is not built into PGlite).
    index("contacts_search_idx").using("gin", sql`to_tsvector('simple'::regconfig, ${t.searchText})`),
    index("contacts_tags_idx").using("gin", t.tags),
    index("contacts_owner_email_idx").on(t.ownerId, t.email),
    index("contacts_owner_linkedin_idx").on(t.ownerId, t.linkedinUrl),
    index("contacts_org_created_idx").on(t.organisationId, t.createdAt),
    check(
      "contacts_cadence_check",
      sql`(${t.cadenceIdealDays} is null and ${t.cadenceMaxDays} is null) or (${t.cadenceIdealDays} >= 1 and ${t.cadenceMaxDays} >= ${t.cadenceIdealDays})`,
    ),
  ],
);

export const interactions = pgTable(
  "interactions",
  {
    id: id(),
    contactId: text("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    kind: interactionKind("kind").notNull(),
    occurredOn: localDate("occurred_on").notNull(),
    outcome: interactionOutcome("outcome").notNull().default("positive"),
    note: text("note"),
    /** "What I learned", for a no reply or a no. */
    reflection: text("reflection"),
    ...timestamps,
  },
  (t) => [
    index("interactions_contact_idx").on(t.contactId, t.occurredOn),
    index("interactions_owner_idx").on(t.ownerId, t.occurredOn),
    index("interactions_org_created_idx").on(t.organisationId, t.createdAt),
  ],
);

export const followUps = pgTable(
  "follow_ups",
  {
    id: id(),
    contactId: text("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    dueOn: localDate("due_on").notNull(),
    /** The due date first set, so "done on time" can be measured after snoozes. */
    originalDueOn: localDate("original_due_on").notNull(),
    reason: followUpReason("reason").notNull().default("manual"),
    note: text("note"),
    doneOn: localDate("done_on"),
    doneAt: timestamp("done_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [
    index("follow_ups_owner_open_idx").on(t.ownerId, t.organisationId, t.doneOn, t.dueOn),
    index("follow_ups_contact_idx").on(t.contactId),
    index("follow_ups_org_done_idx").on(t.organisationId, t.doneAt),
  ],
);

/** "Everyone tagged mentor: every 30 days, at most 60." Per owner. */
export const tagCadences = pgTable(
  "tag_cadences",
  {
    id: id(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
    idealDays: integer("ideal_days").notNull(),
    maxDays: integer("max_days").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("tag_cadences_owner_tag_key").on(t.ownerId, t.organisationId, sql`lower(${t.tag})`),
    check("tag_cadences_check", sql`${t.idealDays} >= 1 and ${t.maxDays} >= ${t.idealDays}`),
  ],
);
