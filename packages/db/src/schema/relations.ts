import { relations } from "drizzle-orm";
import { digestBatches, digestDeliveries, digestPreferences } from "./digests";
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
