import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { id, localDate, timestamps } from "./columns";
import { organisations, teams } from "./organisations";
import { users } from "./users";

export const goalMetric = pgEnum("goal_metric", [
  "people_met",
  "events_attended",
  "follow_ups_done",
  "conversations",
  "manual",
]);
export const goalCategory = pgEnum("goal_category", [
  "find_mentor",
  "explore_opportunities",
  "widen_circle",
  "build_skills",
  "visibility",
  "custom",
]);
export const goalStatus = pgEnum("goal_status", ["active", "completed", "archived"]);
export const goalVisibility = pgEnum("goal_visibility", ["private", "team"]);

/** A person's own networking goal. Private ones are read by their owner only. */
export const goals = pgTable(
  "goals",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    why: text("why").notNull().default(""),
    category: goalCategory("category").notNull().default("custom"),
    metric: goalMetric("metric").notNull(),
    target: integer("target").notNull(),
    /** Local dates in the owner's time zone, inclusive. */
    startDate: localDate("start_date").notNull(),
    dueDate: localDate("due_date").notNull(),
    visibility: goalVisibility("visibility").notNull().default("private"),
    status: goalStatus("status").notNull().default("active"),
    /** The catalogue template it was started from, if any. */
    templateId: text("template_id"),
    completedAt: timestamp("completed_at", { withTimezone: true, mode: "date" }),
    archivedAt: timestamp("archived_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [
    index("goals_owner_idx").on(t.organisationId, t.userId, t.status),
    index("goals_org_visibility_idx").on(t.organisationId, t.visibility),
    check("goals_target_positive", sql`${t.target} > 0`),
    check("goals_dates_ordered", sql`${t.dueDate} >= ${t.startDate}`),
  ],
);

/** The ordered steps of a goal's action plan. */
export const goalSteps = pgTable(
  "goal_steps",
  {
    id: id(),
    goalId: text("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    dueDate: localDate("due_date"),
    doneAt: timestamp("done_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [index("goal_steps_goal_idx").on(t.goalId, t.position)],
);

/**
 * A goal the manager sets for a whole team with the same target for each member
 * ("one event a month each"). Progress per member comes from what each logs.
 */
export const teamGoals = pgTable(
  "team_goals",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    why: text("why").notNull().default(""),
    metric: goalMetric("metric").notNull(),
    perMemberTarget: integer("per_member_target").notNull(),
    startDate: localDate("start_date").notNull(),
    dueDate: localDate("due_date").notNull(),
    status: goalStatus("status").notNull().default("active"),
    ...timestamps,
  },
  (t) => [
    index("team_goals_team_idx").on(t.teamId, t.status),
    check("team_goals_target_positive", sql`${t.perMemberTarget} > 0`),
    check("team_goals_dates_ordered", sql`${t.dueDate} >= ${t.startDate}`),
  ],
);

/**
 * Progress a person records by hand, for goals measured by the "manual" metric: on their own goal
 * or on their share of a team goal (exactly one of the two).
 */
export const goalCheckIns = pgTable(
  "goal_check_ins",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    goalId: text("goal_id").references(() => goals.id, { onDelete: "cascade" }),
    teamGoalId: text("team_goal_id").references(() => teamGoals.id, { onDelete: "cascade" }),
    amount: integer("amount").notNull().default(1),
    note: text("note").notNull().default(""),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("goal_check_ins_goal_idx").on(t.goalId, t.at),
    index("goal_check_ins_team_goal_idx").on(t.teamGoalId, t.userId),
    index("goal_check_ins_user_idx").on(t.userId, t.at),
    check("goal_check_ins_one_goal", sql`(${t.goalId} is null) <> (${t.teamGoalId} is null)`),
  ],
);
