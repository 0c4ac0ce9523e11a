import { listTeamRoster } from "@rapport/db";
import { createRouter, teamManagerProcedure } from "../trpc";

export const teamRouter = createRouter({
  /** The people in a team I manage, with their roles: names only, nothing they keep privately. */
  roster: teamManagerProcedure.query(async ({ ctx }) => ({
    team: { id: ctx.team.id, name: ctx.team.name },
    members: await listTeamRoster(ctx.db, ctx.scope, ctx.team.id),
  })),
});
