import {
  addTeamGoalCheckIn,
  createTeamGoal,
  getTeamGoal,
  setTeamGoalStatus,
  updateTeamGoal,
} from "@rapport/db";
import { z } from "zod";
import { createRouter, orgMemberProcedure, teamManagerProcedure } from "../trpc";
import { checkInInput, id, teamGoalInput, teamGoalUpdateInput } from "../validation";

export const teamGoalsRouter = createRouter({
  /** A goal of one of my teams: my share and the team's; managers also see each member's count. */
  get: orgMemberProcedure
    .input(z.object({ teamGoalId: id }))
    .query(({ ctx, input }) => getTeamGoal(ctx.db, ctx.scope, input.teamGoalId)),

  /** A manager sets a goal for their team, with the same target for each member. */
  create: teamManagerProcedure
    .input(teamGoalInput)
    .mutation(({ ctx, input: { teamId: _teamId, ...rest } }) =>
      createTeamGoal(ctx.db, ctx.scope, ctx.team.id, rest),
    ),

  /** The team's manager (or an admin) changes the goal; it stays with its team. */
  update: teamManagerProcedure
    .input(teamGoalUpdateInput)
    .mutation(({ ctx, input: { teamId: _teamId, teamGoalId, ...rest } }) =>
      updateTeamGoal(ctx.db, ctx.scope, ctx.team.id, teamGoalId, rest),
    ),

  setStatus: teamManagerProcedure
    .input(z.object({ teamGoalId: id, status: z.enum(["active", "completed", "archived"]) }))
    .mutation(({ ctx, input }) =>
      setTeamGoalStatus(ctx.db, ctx.scope, ctx.team.id, input.teamGoalId, input.status),
    ),

  /** A member records manual progress on their share of a team goal. */
  checkIn: orgMemberProcedure
    .input(checkInInput.extend({ teamGoalId: id }))
    .mutation(({ ctx, input: { teamGoalId, ...rest } }) =>
      addTeamGoalCheckIn(ctx.db, ctx.scope, teamGoalId, rest),
    ),
});
