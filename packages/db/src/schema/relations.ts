import { relations } from "drizzle-orm";
import { contacts, followUps, interactions } from "./contacts";
import { digestBatches, digestDeliveries, digestPreferences } from "./digests";
import { calendarFeeds, calendarSources, eventRsvps, events } from "./events";
import { goalCheckIns, goalSteps, goals, teamGoals } from "./goals";
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

export const goalsRelations = relations(goals, ({ one, many }) => ({
  owner: one(users, { fields: [goals.userId], references: [users.id] }),
  steps: many(goalSteps),
  checkIns: many(goalCheckIns),
}));

export const goalStepsRelations = relations(goalSteps, ({ one }) => ({
  goal: one(goals, { fields: [goalSteps.goalId], references: [goals.id] }),
}));

export const goalCheckInsRelations = relations(goalCheckIns, ({ one }) => ({
  goal: one(goals, { fields: [goalCheckIns.goalId], references: [goals.id] }),
  teamGoal: one(teamGoals, { fields: [goalCheckIns.teamGoalId], references: [teamGoals.id] }),
}));

export const teamGoalsRelations = relations(teamGoals, ({ one }) => ({
  team: one(teams, { fields: [teamGoals.teamId], references: [teams.id] }),
}));

export const contactsRelations = relations(contacts, ({ one, many }) => ({
  owner: one(users, { fields: [contacts.ownerId], references: [users.id] }),
  interactions: many(interactions),
  followUps: many(followUps),
}));

export const interactionsRelations = relations(interactions, ({ one }) => ({
  contact: one(contacts, { fields: [interactions.contactId], references: [contacts.id] }),
}));

export const followUpsRelations = relations(followUps, ({ one }) => ({
  contact: one(contacts, { fields: [followUps.contactId], references: [contacts.id] }),
}));

export const digestDeliveriesRelations = relations(digestDeliveries, ({ one }) => ({
  user: one(users, { fields: [digestDeliveries.userId], references: [users.id] }),
  organisation: one(organisations, {
    fields: [digestDeliveries.organisationId],
    references: [organisations.id],
  }),
  batch: one(digestBatches, { fields: [digestDeliveries.batchId], references: [digestBatches.id] }),
}));

export const digestBatchesRelations = relations(digestBatches, ({ many }) => ({
  deliveries: many(digestDeliveries),
}));

export const digestPreferencesRelations = relations(digestPreferences, ({ one }) => ({
  user: one(users, { fields: [digestPreferences.userId], references: [users.id] }),
}));
