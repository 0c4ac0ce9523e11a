import { index, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { id } from "./columns";
import { organisations, teams } from "./organisations";
import { users } from "./users";

export const nudgeReason = pgEnum("nudge_reason", ["quiet", "behind", "both"]);

/**
 * A friendly nudge a manager sent a team member from the dashboard. Kept so the same person is not
 * nudged twice in a week and the dashboard can say when the last one went out.
 */
export const nudges = pgTable(
  "nudges",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    senderId: text("sender_id").references(() => users.id, { onDelete: "set null" }),
    recipientId: text("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: nudgeReason("reason").notNull(),
    /** The manager's own words added to the email, kept with the nudge. */
    note: text("note"),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("nudges_recipient_idx").on(t.recipientId, t.sentAt)],
);
