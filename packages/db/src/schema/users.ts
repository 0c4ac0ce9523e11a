import type { MyCard } from "@rapport/domain/contacts";
import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";

/** People. The first four columns are the shape the Auth.js Drizzle adapter expects. */
export const users = pgTable(
  "users",
  {
    id: id(),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    timeZone: text("time_zone").notNull().default("UTC"),
    /**
     * The generation of this person's unsubscribe links: tokens carry it, and raising it (signing out
     * everywhere, or "replace my unsubscribe links") makes every older link stop working.
     */
    unsubscribeVersion: integer("unsubscribe_version").notNull().default(1),
    /** BCP 47 tag: how dates and numbers are written for this person, and the first day of their week. */
    locale: text("locale").notNull().default("en-GB"),
    /** When the person confirmed their name and time zone ("about you"); null until their first visit does. */
    profileConfirmedAt: timestamp("profile_confirmed_at", { withTimezone: true, mode: "date" }),
    /** My card: the values the person typed for their contact card and which of them it shows; null until saved. */
    card: jsonb("card").$type<MyCard>(),
    /** The random part of the card's personal link (/c/<token>); null while the link is off. */
    cardToken: text("card_token"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    uniqueIndex("users_card_token_key").on(t.cardToken),
    // The organisation directory's search: every word of the name and address, matched by prefix.
    // The expression must stay identical to `directorySearchDocument` in queries/directory.ts.
    index("users_directory_search_idx").using(
      "gin",
      sql`to_tsvector('simple'::regconfig, regexp_replace(lower(coalesce(${t.name}, '') || ' ' || ${t.email}), '[^[:alnum:]]+', ' ', 'g'))`,
    ),
  ],
);

/** OAuth / OIDC accounts linked to a user (company SSO). */
export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_idx").on(t.userId),
  ],
);

/** Database sessions: revoking a row signs that device out at once. */
export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Magic-link tokens (stored hashed by Auth.js). */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);
