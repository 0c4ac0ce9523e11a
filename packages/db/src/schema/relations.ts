import { relations } from "drizzle-orm";
import { contacts, followUps, interactions } from "./contacts";
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
