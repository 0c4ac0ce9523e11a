import {
  addGoalCheckIn,
  addGoalStep,
  createGoal,
  deleteGoal,
  getGoal,
  getUser,
  latestBarrierProfile,
  listMyGoals,
  listMyTeamGoals,
  listTeammatesSharedGoals,
  moveGoalStep,
  removeGoalCheckIn,
  removeGoalStep,
  setGoalStatus,
  setGoalStepDone,
  updateGoal,
} from "@rapport/db";
import {
  focusBarriers,
  GOAL_TEMPLATES,
  getBarrier,
  pickTip,
  suggestGoalTemplates,
} from "@rapport/domain/barriers";
import { isoWeekKey } from "@rapport/domain/time";
import { z } from "zod";
import { createRouter, orgMemberProcedure } from "../trpc";
import { checkInInput, goalInput, goalUpdateInput, id, stepInput } from "../validation";

export const goalsRouter = createRouter({
  /** My goals, the team goals of my teams, and goals teammates shared with me. */
  overview: orgMemberProcedure.query(async ({ ctx }) => ({
    mine: await listMyGoals(ctx.db, ctx.scope),
    teamGoals: await listMyTeamGoals(ctx.db, ctx.scope),
    shared: await listTeammatesSharedGoals(ctx.db, ctx.scope),
  })),

  get: orgMemberProcedure
    .input(z.object({ goalId: id }))
    .query(({ ctx, input }) => getGoal(ctx.db, ctx.scope, input.goalId)),

  create: orgMemberProcedure
    .input(goalInput)
    .mutation(({ ctx, input }) => createGoal(ctx.db, ctx.scope, input)),

  update: orgMemberProcedure
    .input(goalUpdateInput)
    .mutation(({ ctx, input: { goalId, ...rest } }) => updateGoal(ctx.db, ctx.scope, goalId, rest)),

  setStatus: orgMemberProcedure
    .input(z.object({ goalId: id, status: z.enum(["active", "completed", "archived"]) }))
    .mutation(({ ctx, input }) => setGoalStatus(ctx.db, ctx.scope, input.goalId, input.status)),

  remove: orgMemberProcedure
    .input(z.object({ goalId: id }))
    .mutation(({ ctx, input }) => deleteGoal(ctx.db, ctx.scope, input.goalId)),

  addStep: orgMemberProcedure
    .input(stepInput)
    .mutation(({ ctx, input: { goalId, ...step } }) => addGoalStep(ctx.db, ctx.scope, goalId, step)),

  setStepDone: orgMemberProcedure
    .input(z.object({ stepId: id, done: z.boolean() }))
    .mutation(({ ctx, input }) => setGoalStepDone(ctx.db, ctx.scope, input.stepId, input.done)),

  moveStep: orgMemberProcedure
    .input(z.object({ stepId: id, direction: z.enum(["up", "down"]) }))
    .mutation(({ ctx, input }) => moveGoalStep(ctx.db, ctx.scope, input.stepId, input.direction)),

  removeStep: orgMemberProcedure
    .input(z.object({ stepId: id }))
    .mutation(({ ctx, input }) => removeGoalStep(ctx.db, ctx.scope, input.stepId)),

  checkIn: orgMemberProcedure
    .input(checkInInput.extend({ goalId: id }))
    .mutation(({ ctx, input: { goalId, ...rest } }) => addGoalCheckIn(ctx.db, ctx.scope, goalId, rest)),

  removeCheckIn: orgMemberProcedure
    .input(z.object({ checkInId: id }))
    .mutation(({ ctx, input }) => removeGoalCheckIn(ctx.db, ctx.scope, input.checkInId)),

  /**
   * Goal templates and this week's tip, chosen by my barrier profile (all templates, strongest
   * barriers first, before I have taken the assessment).
   */
  suggestions: orgMemberProcedure
    .input(z.object({ count: z.number().int().min(1).max(24).default(4) }).default({ count: 4 }))
    .query(async ({ ctx, input }) => {
      const latest = await latestBarrierProfile(ctx.db, ctx.user.id);
      if (!latest) {
        return {
          assessed: false as const,
          focus: [],
          templates: Object.values(GOAL_TEMPLATES)
            .map((list) => list[0])
            .filter((t) => t !== undefined)
            .slice(0, input.count),
          tip: null,
        };
      }
      const focus = focusBarriers(latest.profile);
      const { timeZone } = await getUser(ctx.db, ctx.user.id);
      const top = focus[0];
      return {
        assessed: true as const,
        focus: focus.map((barrierId) => ({ id: barrierId, title: getBarrier(barrierId).title })),
        templates: suggestGoalTemplates(latest.profile, input.count),
        tip: top
          ? { barrier: getBarrier(top).title, ...pickTip(top, isoWeekKey(new Date(), timeZone), []) }
          : null,
      };
    }),

  /** One template by id, to prefill the goal form. */
  template: orgMemberProcedure.input(z.object({ templateId: z.string().max(80) })).query(({ input }) => {
    const template = Object.values(GOAL_TEMPLATES)
      .flat()
      .find((t) => t.id === input.templateId);
    return template ?? null;
  }),
});
