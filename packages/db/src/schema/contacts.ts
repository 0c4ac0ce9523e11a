import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { id, localDate, timestamps } from "./columns";
import { events } from "./events";
import { introGroups } from "./intros";
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
    /**
     * Set when the contact is a colleague (a member of the same organisation), e.g. met through an
     * intros programme: one such contact per owner and colleague, reused. The owner's notes stay theirs.
     */
    colleagueUserId: text("colleague_user_id").references(() => users.id, { onDelete: "set null" }),
    /** Lower-cased name, company and tags, kept by the queries; the full-text index reads it. */
    searchText: text("search_text").notNull().default(""),
    /**
     * The keys an import finds the same person by (matchKeys in the domain's contact-keys.ts), kept by the
     * queries with the fields they come from, so an import reads only the contacts its rows could match.
     */
    emailKey: text("email_key"),
    phoneKey: text("phone_key"),
    nameKey: text("name_key"),
    linkedinKey: text("linkedin_key"),
    /**
     * Which version of those keys the row carries (MATCH_KEYS_VERSION). 0, the default, means not worked
     * out yet: rows saved before the keys existed, or written by raw SQL. The import reads such rows
     * whatever their fields, and the start-up step after the migrations fills them in.
     */
    matchKeysVersion: smallint("match_keys_version").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    // The People page's sort (lower(name), then id) within one owner: the first page reads 51 index
    // entries instead of sorting every contact. Its prefix also serves every "owner's contacts" lookup.
    index("contacts_owner_sort_idx").on(t.ownerId, t.organisationId, sql`lower(${t.name})`, t.id),
    // Word-prefix search on name, company and tags. A GIN index on a 'simple' tsvector works on
    // Postgres and PGlite alike (pg_trgm is not built into PGlite).
    index("contacts_search_idx").using("gin", sql`to_tsvector('simple'::regconfig, ${t.searchText})`),
    index("contacts_tags_idx").using("gin", t.tags),
    index("contacts_owner_email_idx").on(t.ownerId, t.email),
    index("contacts_owner_linkedin_idx").on(t.ownerId, t.linkedinUrl),
    index("contacts_org_created_idx").on(t.organisationId, t.createdAt),
    // An import's candidates: the owner's contacts sharing one of its rows' keys, or not yet keyed.
    index("contacts_owner_email_key_idx").on(t.ownerId, t.emailKey),
    index("contacts_owner_phone_key_idx").on(t.ownerId, t.phoneKey),
    index("contacts_owner_name_key_idx").on(t.ownerId, t.nameKey),
    index("contacts_owner_linkedin_key_idx").on(t.ownerId, t.linkedinKey),
    index("contacts_owner_match_keys_version_idx").on(t.ownerId, t.matchKeysVersion),
    uniqueIndex("contacts_owner_colleague_key").on(t.ownerId, t.organisationId, t.colleagueUserId),
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
    /** The intros group whose "we met" check-in logged it (at most once per contact and group). */
    introGroupId: text("intro_group_id").references(() => introGroups.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    index("interactions_contact_idx").on(t.contactId, t.occurredOn),
    uniqueIndex("interactions_intro_group_key").on(t.contactId, t.introGroupId),
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
