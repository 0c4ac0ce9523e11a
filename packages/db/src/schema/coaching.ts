import { index, integer, jsonb, pgTable, smallint, text, time, timestamp } from "drizzle-orm/pg-core";
import { id, localDate, timestamps } from "./columns";
import { organisations } from "./organisations";
import { users } from "./users";

/**
 * One taking of the barrier self-assessment. Answers belong to the person alone; retakes add rows,
 * so the history shows how the profile changed.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    answers: jsonb("answers").$type<Record<string, number>>().notNull(),
    /** Score per barrier (0–100) at the time, kept so a later catalogue change does not rewrite history. */
    scores: jsonb("scores").$type<Record<string, number>>().notNull(),
    takenAt: timestamp("taken_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("assessments_user_idx").on(t.userId, t.takenAt)],
);

/** The weekly slot a person keeps for networking, exported to their calendar. One per person. */
export const networkingTimeBlocks = pgTable("networking_time_blocks", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** iCalendar weekday codes: MO, TU, … */
  days: jsonb("days").$type<string[]>().notNull(),
  startTime: time("start_time").notNull(),
  durationMinutes: smallint("duration_minutes").notNull(),
  timeZone: text("time_zone").notNull(),
  startDate: localDate("start_date").notNull(),
  /** Bumped on each change so calendars replace the old series. */
  sequence: integer("sequence").notNull().default(0),
  ...timestamps,
});

/** The introduction a person rehearses, and the talking points they keep ready. One per person. */
export const pitches = pgTable("pitches", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  introduction: text("introduction").notNull().default(""),
  strengths: text("strengths").notNull().default(""),
  lookingFor: text("looking_for").notNull().default(""),
  talkingPoints: jsonb("talking_points").$type<string[]>().notNull().default([]),
  ...timestamps,
});

/** Where a person is in the first-run (welcome → assessment → suggestions → goal), so they can resume. */
export const firstRuns = pgTable("first_runs", {
  id: id(),
  userId: text("user_id")
    .notNull()
    .unique("first_runs_user_key")
    .references(() => users.id, { onDelete: "cascade" }),
  step: text("step").$type<"welcome" | "assessment" | "suggestions" | "goal" | "done">().notNull(),
  skippedAt: timestamp("skipped_at", { withTimezone: true, mode: "date" }),
  completedAt: timestamp("completed_at", { withTimezone: true, mode: "date" }),
  ...timestamps,
});
