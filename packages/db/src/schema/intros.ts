// Intros programmes: Rapport pairs colleagues for a conversation every few weeks. (Distinct from
// "warm introductions", where a person asks a contact to introduce them.)

import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { id, localDate, timestamps } from "./columns";
import { organisations } from "./organisations";
import { users } from "./users";

export const introMode = pgEnum("intro_mode", ["cross-team", "within-team"]);
export const introCheckIn = pgEnum("intro_check_in", ["met", "not_yet", "could_not"]);

/** Who takes part (the whole organisation, or chosen teams), how groups are made, and when. */
export const introProgrammes = pgTable(
  "intro_programmes",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Empty: the whole organisation. Otherwise the teams whose members may join. */
    teamIds: text("team_ids").array().notNull().default(sql`'{}'::text[]`),
    mode: introMode("mode").notNull().default("cross-team"),
    groupSize: smallint("group_size").notNull().default(2),
    /** Weeks between rounds: 1, 2 or 4. */
    cadenceWeeks: smallint("cadence_weeks").notNull().default(2),
    /** ISO weekday of the round (1 = Monday); intros go out at 10:00 in each person's zone. */
    weekday: smallint("weekday").notNull().default(2),
    active: boolean("active").notNull().default(true),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    index("intro_programmes_org_idx").on(t.organisationId),
    check("intro_programmes_group_size", sql`${t.groupSize} in (2, 3)`),
    check("intro_programmes_cadence", sql`${t.cadenceWeeks} in (1, 2, 4)`),
    check("intro_programmes_weekday", sql`${t.weekday} between 1 and 7`),
  ],
);

/** A person's choice to take part; joining is always theirs. The don't-pair list is private to them. */
export const introParticipants = pgTable(
  "intro_participants",
  {
    id: id(),
    programmeId: text("programme_id")
      .notNull()
      .references(() => introProgrammes.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joined: boolean("joined").notNull().default(true),
    /** Snoozed: skipped by rounds before this date. */
    awayUntil: localDate("away_until"),
    doNotPair: text("do_not_pair").array().notNull().default(sql`'{}'::text[]`),
    /** Topics they enjoy talking about (lower-case), for common ground. */
    interests: text("interests").array().notNull().default(sql`'{}'::text[]`),
    /** What they are glad to offer a colleague (e.g. "mentoring"). */
    offers: text("offers").array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [uniqueIndex("intro_participants_key").on(t.programmeId, t.userId)],
);

/** One round of a programme; unique per programme and date so planning it twice changes nothing. */
export const introRounds = pgTable(
  "intro_rounds",
  {
    id: id(),
    programmeId: text("programme_id")
      .notNull()
      .references(() => introProgrammes.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    roundOn: localDate("round_on").notNull(),
    seed: text("seed").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("intro_rounds_key").on(t.programmeId, t.roundOn)],
);

export const introGroups = pgTable(
  "intro_groups",
  {
    id: id(),
    roundId: text("round_id")
      .notNull()
      .references(() => introRounds.id, { onDelete: "cascade" }),
    /** Why they were matched, as the domain's reasons (teams, shared interests, offers). */
    reasons: jsonb("reasons").$type<IntroGroupReasons>().notNull(),
    crossTeam: boolean("cross_team").notNull(),
    /**
     * The suggested 30 minutes inside every member's networking time block in the week after the round,
     * chosen when the round is planned (so the email, its .ics and Today agree); null when none overlap.
     */
    slotStartsAt: timestamp("slot_starts_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("intro_groups_round_idx").on(t.roundId)],
);

export interface IntroGroupReasons {
  sharedInterests: string[];
  complementary: { offeredBy: string; seekerId: string; topic: string }[];
  differentTeams: boolean;
}

/** A person in a group: their own check-in answer and when their intro email went out. */
export const introGroupMembers = pgTable(
  "intro_group_members",
  {
    id: id(),
    groupId: text("group_id")
      .notNull()
      .references(() => introGroups.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    checkIn: introCheckIn("check_in"),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true, mode: "date" }),
    emailedAt: timestamp("emailed_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("intro_group_members_key").on(t.groupId, t.userId),
    index("intro_group_members_user_idx").on(t.userId),
  ],
);
