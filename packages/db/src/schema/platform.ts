import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { id } from "./columns";

/** Emails kept in the database instead of sent, when no email provider is configured (development). */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: id(),
    to: text("to").notNull(),
    from: text("from").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("email_outbox_created_idx").on(t.createdAt), index("email_outbox_to_idx").on(t.to)],
);

/** Fixed-window counters for rate limits (sign-in requests per address and per client). */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
    hits: integer("hits").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limits_window_idx").on(t.windowStart)],
);

/** Per-installation values generated once (e.g. the signing secret when AUTH_SECRET is not set). */
export const instanceSettings = pgTable("instance_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * Request budgets shared by every process of a deployment (e.g. Resend's requests per second): one
 * row per request allowed in a window ("resend#0", "resend#1"), each holding when it may next be
 * used, taken in one atomic statement, so N workers together stay under the limit.
 */
export const sendBudgets = pgTable("send_budgets", {
  name: text("name").primaryKey(),
  nextAt: timestamp("next_at", { withTimezone: true, mode: "date" }).notNull(),
});
