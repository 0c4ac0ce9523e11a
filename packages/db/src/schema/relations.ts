import { relations } from "drizzle-orm";
import { calendarFeeds, calendarSources, eventRsvps, events } from "./events";
import { invitations, memberships, organisations, teamMembers, teams } from "./organisations";
import { sessions, users } from "./users";

export const usersRelations = relations(users, ({ many }) => ({
  memberships: many(memberships),
  teamMembers: many(teamMembers),
  sessions: many(sessions),
}));

export const organisationsRelations = relations(organisations, ({ many }) => ({
  memberships: many(memberships),
  teams: many(teams),
  invitations: many(invitations),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  organisation: one(organisations, { fields: [memberships.organisationId], references: [organisations.id] }),
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
}));

export const teamsRelations = relations(teams, ({ one, many }) => ({
  organisation: one(organisations, { fields: [teams.organisationId], references: [organisations.id] }),
  members: many(teamMembers),
}));

export const teamMembersRelations = relations(teamMembers, ({ one }) => ({
  team: one(teams, { fields: [teamMembers.teamId], references: [teams.id] }),
  user: one(users, { fields: [teamMembers.userId], references: [users.id] }),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));

export const invitationsRelations = relations(invitations, ({ one }) => ({
  organisation: one(organisations, { fields: [invitations.organisationId], references: [organisations.id] }),
  team: one(teams, { fields: [invitations.teamId], references: [teams.id] }),
  inviter: one(users, { fields: [invitations.invitedBy], references: [users.id] }),
}));

export const eventsRelations = relations(events, ({ one, many }) => ({
  team: one(teams, { fields: [events.teamId], references: [teams.id] }),
  source: one(calendarSources, { fields: [events.sourceId], references: [calendarSources.id] }),
  rsvps: many(eventRsvps),
}));

export const eventRsvpsRelations = relations(eventRsvps, ({ one }) => ({
  event: one(events, { fields: [eventRsvps.eventId], references: [events.id] }),
  user: one(users, { fields: [eventRsvps.userId], references: [users.id] }),
}));

export const calendarSourcesRelations = relations(calendarSources, ({ one }) => ({
  team: one(teams, { fields: [calendarSources.teamId], references: [teams.id] }),
}));

export const calendarFeedsRelations = relations(calendarFeeds, ({ one }) => ({
  user: one(users, { fields: [calendarFeeds.userId], references: [users.id] }),
  team: one(teams, { fields: [calendarFeeds.teamId], references: [teams.id] }),
}));
