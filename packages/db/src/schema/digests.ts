import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { organisations } from "./organisations";
import { users } from "./users";

export const digestKind = pgEnum("digest_kind", ["employee", "manager"]);
export const deliveryState = pgEnum("delivery_state", ["planned", "claimed", "sent", "skipped", "failed"]);
export const batchState = pgEnum("digest_batch_state", ["pending", "sent", "failed"]);

/** A person's own digest settings; a missing row or a null day/hour means "the organisation's default". */
export const digestPreferences = pgTable("digest_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  enabled: boolean("enabled").notNull().default(true),
  /** ISO weekday, Monday = 1 … Sunday = 7, in the person's time zone. */
  day: smallint("day"),
  /** 0–23 in the person's time zone. */
  hour: smallint("hour"),
  unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true, mode: "date" }),
  /** Digest sections the person switched off (ids from DIGEST_SECTIONS); empty means all of them. */
  hiddenSections: text("hidden_sections").array().notNull().default(sql`'{}'::text[]`),
  ...timestamps,
});

/**
 * Signed action links from a digest ("Done", "Snooze a week", "I'm going") that have been used, keyed
 * by the link's signature: the first press applies the action, a repeat only reports it.
 */
export const digestActionUses = pgTable(
  "digest_action_uses",
  {
    signature: text("signature").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    itemId: text("item_id").notNull(),
    /** What the first press did, in the words shown on the result page. */
    outcome: text("outcome").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("digest_action_uses_user_idx").on(t.userId)],
);

/**
 * One row per person, ISO week and kind: the unique index is what makes a week's digest go out at most
 * once, whatever runs, crashes or retries happen around it.
 */
export const digestDeliveries = pgTable(
  "digest_deliveries",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    isoWeek: text("iso_week").notNull(),
    kind: digestKind("kind").notNull(),
    state: deliveryState("state").notNull().default("planned"),
    /** When the person's local send time came (planning happens at or after it). */
    dueAt: timestamp("due_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The batch this delivery was claimed into; the batch carries the lease. */
    batchId: text("batch_id").references(() => digestBatches.id, { onDelete: "set null" }),
    /** The rendered email, frozen before the first send so a retried batch sends the same bytes. */
    payload: jsonb("payload").$type<DeliveryPayload>(),
    /** Why it was skipped or failed, in words an admin can act on. */
    error: text("error"),
    resendId: text("resend_id"),
    runId: text("run_id"),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("digest_deliveries_user_week_kind_key").on(t.userId, t.isoWeek, t.kind),
    index("digest_deliveries_planned_idx").on(t.dueAt).where(sql`${t.state} = 'planned'`),
    index("digest_deliveries_batch_idx").on(t.batchId),
    index("digest_deliveries_org_state_idx").on(t.organisationId, t.state, t.updatedAt),
  ],
);

export interface DeliveryPayload {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  tags?: { name: string; value: string }[];
}

/**
 * Up to 100 deliveries sent in one Resend batch call. A worker holds a batch through a lease; a batch
 * whose lease ran out (its worker died) is picked up again and re-sent with the same idempotency key.
 */
export const digestBatches = pgTable(
  "digest_batches",
  {
    id: id(),
    idempotencyKey: text("idempotency_key").notNull(),
    state: batchState("state").notNull().default("pending"),
    claimedBy: text("claimed_by"),
    leaseUntil: timestamp("lease_until", { withTimezone: true, mode: "date" }),
    /** Set once every delivery in it has its payload or is skipped: from then on its content is fixed. */
    sealedAt: timestamp("sealed_at", { withTimezone: true, mode: "date" }),
    /** Requests tried so far (each may itself retry inside the mailer). */
    attempts: integer("attempts").notNull().default(0),
    /** Wait before the next attempt (a server's retry-after, or backoff). */
    notBefore: timestamp("not_before", { withTimezone: true, mode: "date" }),
    lastError: text("last_error"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("digest_batches_idempotency_key").on(t.idempotencyKey),
    index("digest_batches_pending_idx").on(t.leaseUntil).where(sql`${t.state} = 'pending'`),
  ],
);

/** Addresses Resend reported as bounced or complained: no digest goes to them again. */
export const emailSuppressions = pgTable("email_suppressions", {
  email: text("email").primaryKey(),
  reason: text("reason").notNull(),
  /** The provider's event id, so a redelivered webhook is recognised. */
  eventId: text("event_id"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Which coaching tip went out in which week, so tips rotate without repeats. */
export const digestTipHistory = pgTable(
  "digest_tip_history",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    isoWeek: text("iso_week").notNull(),
    tipId: text("tip_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.isoWeek] })],
);

/** One row per digest run (CLI, cron, tick): what it did, for the admin view. */
export const digestRuns = pgTable(
  "digest_runs",
  {
    id: id(),
    trigger: text("trigger").notNull(),
    workerId: text("worker_id").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    planned: integer("planned").notNull().default(0),
    sent: integer("sent").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    /** Set when the run itself stopped on an error. */
    error: text("error"),
    /**
     * Refreshed after every batch: a run not finished whose heartbeat is old had its worker die
     * (killed, machine lost) and is shown as interrupted.
     */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("digest_runs_started_idx").on(t.startedAt)],
);
