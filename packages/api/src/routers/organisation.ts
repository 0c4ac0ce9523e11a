import {
  createOrganisation,
  createTeam,
  deleteTeam,
  getOrganisation,
  listDirectory,
  listTeams,
  organisationSetupFacts,
  placeInTeam,
  removeFromTeam,
  removeMember,
  renameTeam,
  setOrgRole,
  updateOrganisation,
} from "@rapport/db";
import { setupChecklist } from "@rapport/domain";
import { z } from "zod";
import { authedProcedure, createRouter, orgAdminProcedure, orgMemberProcedure } from "../trpc";
import { directoryInput, id, organisationInput, organisationSettingsInput, teamName } from "../validation";

export const organisationRouter = createRouter({
  /** The first person of a company creates its organisation and becomes its admin. */
  create: authedProcedure.input(organisationInput).mutation(async ({ ctx, input }) => {
    const org = await createOrganisation(ctx.db, { userId: ctx.user.id, ...input });
    return { id: org.id, name: org.name };
  }),

  /** The admin's first-run checklist: what is done, what is left (complete once every step is). */
  setupChecklist: orgAdminProcedure.query(async ({ ctx }) =>
    setupChecklist(await organisationSetupFacts(ctx.db, ctx.scope)),
  ),

  get: orgMemberProcedure.query(async ({ ctx }) => {
    const org = await getOrganisation(ctx.db, ctx.scope);
    return {
      id: org.id,
      name: org.name,
      timeZone: org.timeZone,
      digestDay: org.digestDay,
      digestHour: org.digestHour,
      myRole: ctx.orgRole,
    };
  }),

  update: orgAdminProcedure.input(organisationSettingsInput).mutation(async ({ ctx, input }) => {
    const org = await updateOrganisation(ctx.db, ctx.scope, input);
    return { id: org.id, name: org.name };
  }),

  teams: orgMemberProcedure.query(({ ctx }) => listTeams(ctx.db, ctx.scope)),

  createTeam: orgAdminProcedure.input(z.object({ name: teamName })).mutation(async ({ ctx, input }) => {
    const team = await createTeam(ctx.db, ctx.scope, input.name);
    return { id: team.id, name: team.name };
  }),

  renameTeam: orgAdminProcedure
    .input(z.object({ teamId: id, name: teamName }))
    .mutation(async ({ ctx, input }) => {
      await renameTeam(ctx.db, ctx.scope, input.teamId, input.name);
    }),

  deleteTeam: orgAdminProcedure.input(z.object({ teamId: id })).mutation(async ({ ctx, input }) => {
    await deleteTeam(ctx.db, ctx.scope, input.teamId);
  }),

  /** The organisation's people, a page at a time: searched, filtered and counted in the database. */
  directory: orgAdminProcedure
    .input(directoryInput)
    .query(({ ctx, input }) => listDirectory(ctx.db, ctx.scope, input)),

  setRole: orgAdminProcedure
    .input(z.object({ userId: id, role: z.enum(["admin", "member"]) }))
    .mutation(async ({ ctx, input }) => {
      await setOrgRole(ctx.db, ctx.scope, input.userId, input.role);
    }),

  placeInTeam: orgAdminProcedure
    .input(z.object({ userId: id, teamId: id, role: z.enum(["employee", "manager"]) }))
    .mutation(async ({ ctx, input }) => {
      await placeInTeam(ctx.db, ctx.scope, input);
    }),

  removeFromTeam: orgAdminProcedure
    .input(z.object({ userId: id, teamId: id }))
    .mutation(async ({ ctx, input }) => {
      await removeFromTeam(ctx.db, ctx.scope, input);
    }),

  removeMember: orgAdminProcedure.input(z.object({ userId: id })).mutation(async ({ ctx, input }) => {
    await removeMember(ctx.db, ctx.scope, input.userId);
  }),
});
