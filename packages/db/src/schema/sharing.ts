import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { contacts } from "./contacts";
import { organisations } from "./organisations";
import { users } from "./users";

// Warm introductions. What a person shares for introductions is their choice and nothing is shared by
// default: no row here means "nothing". Notes, interactions and reflections are never shared.

/** "Colleagues may know the companies and fields I know people in" (counts rounded, never names). */
export const sharingPreferences = pgTable(
  "sharing_preferences",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    shareCompanies: boolean("share_companies").notNull().default(false),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] })],
);

/** One contact marked "open to introduce": its name, role and company become findable by colleagues. */
export const sharingOpenContacts = pgTable(
  "sharing_open_contacts",
  {
    contactId: text("contact_id")
      .primaryKey()
      .references(() => contacts.id, { onDelete: "cascade" }),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [index("sharing_open_contacts_org_idx").on(t.organisationId, t.ownerId)],
);

export const introRequestStatus = pgEnum("intro_request_status", [
  "pending",
  "accepted",
  "asked_waiting",
  "declined",
  "expired",
  "done",
]);

/**
 * A colleague asks a colleague for an introduction, to one open contact or to someone at a company.
 * The requester never learns which contact a company-level request is about, nor why it was declined.
 */
export const introRequests = pgTable(
  "intro_requests",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    requesterId: text("requester_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    introducerId: text("introducer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The open contact asked about; cleared when the owner deletes it. */
    contactId: text("contact_id").references(() => contacts.id, { onDelete: "set null" }),
    /** What the requester saw: the open contact's name, or the company they asked about. */
    targetLabel: text("target_label").notNull(),
    company: text("company"),
    reason: text("reason").notNull(),
    blurb: text("blurb").notNull(),
    status: introRequestStatus("status").notNull().default("pending"),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    respondedAt: timestamp("responded_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [
    index("intro_requests_requester_idx").on(t.requesterId, t.createdAt),
    index("intro_requests_introducer_idx").on(t.introducerId, t.status),
    index("intro_requests_org_idx").on(t.organisationId, t.createdAt),
    index("intro_requests_open_idx").on(t.expiresAt).where(sql`${t.status} in ('pending', 'asked_waiting')`),
  ],
);

/** "No more requests from this person." Only the person who blocks ever sees it. */
export const introRequestBlocks = pgTable(
  "intro_request_blocks",
  {
    blockerId: text("blocker_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blockedId: text("blocked_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId, t.organisationId] })],
);
