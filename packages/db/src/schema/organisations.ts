import { index, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { users } from "./users";

export const orgRole = pgEnum("org_role", ["admin", "member"]);
export const teamRole = pgEnum("team_role", ["employee", "manager"]);

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    /** Defaults for new members; each person may override them. */
    timeZone: text("time_zone").notNull().default("UTC"),
    digestDay: smallint("digest_day").notNull().default(1),
    digestHour: smallint("digest_hour").notNull().default(8),
    /** When an admin first saved the digest day and hour (a step of the first-run checklist). */
    digestChosenAt: timestamp("digest_chosen_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [uniqueIndex("organisations_slug_key").on(t.slug)],
);

/** A person's place in an organisation. Admins manage teams, members and invitations. */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: orgRole("role").notNull().default("member"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("memberships_org_user_key").on(t.organisationId, t.userId),
    index("memberships_user_idx").on(t.userId),
  ],
);

export const teams = pgTable(
  "teams",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("teams_org_name_key").on(t.organisationId, t.name)],
);

/** A person can be in several teams; within each they are an employee or a manager. */
export const teamMembers = pgTable(
  "team_members",
  {
    id: id(),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: teamRole("role").notNull().default("employee"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("team_members_team_user_key").on(t.teamId, t.userId),
    index("team_members_user_idx").on(t.userId),
  ],
);

/**
 * An invitation to join an organisation (and optionally a team) by email. Only a hash of the token is
 * stored; the link in the email carries the token itself.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    teamId: text("team_id").references(() => teams.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    /** The name the admin gave ("Jamie Lee <jamie@…>"); it prefills the invitee's "about you". */
    name: text("name"),
    orgRole: orgRole("org_role").notNull().default("member"),
    teamRole: teamRole("team_role").notNull().default("employee"),
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true, mode: "date" }),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    index("invitations_org_idx").on(t.organisationId),
    index("invitations_email_idx").on(t.email),
  ],
);
