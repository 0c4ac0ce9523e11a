import {
  getFirstRun,
  getNetworkingTimeBlock,
  getPitch,
  latestBarrierProfile,
  listMyAssessments,
  removeNetworkingTimeBlock,
  saveAssessment,
  saveNetworkingTimeBlock,
  savePitch,
  setFirstRunStep,
  skipFirstRun,
} from "@rapport/db";
import { z } from "zod";
import { authedProcedure, createRouter, orgMemberProcedure } from "../trpc";
import { assessmentInput, pitchInput, timeBlockInput } from "../validation";

/** The barrier self-assessment: answers are read by their owner only, so every procedure acts on "me". */
export const assessmentRouter = createRouter({
  submit: orgMemberProcedure
    .input(assessmentInput)
    .mutation(({ ctx, input }) => saveAssessment(ctx.db, ctx.scope, input.answers)),

  /** My assessments, newest first, with the change since the one before. */
  history: authedProcedure.query(({ ctx }) => listMyAssessments(ctx.db, ctx.user.id)),

  latest: authedProcedure.query(({ ctx }) => latestBarrierProfile(ctx.db, ctx.user.id)),
});

/** Profile helpers that answer the barriers: the pitch builder, the weekly networking time, the first-run. */
export const coachingRouter = createRouter({
  pitch: authedProcedure.query(({ ctx }) => getPitch(ctx.db, ctx.user.id)),

  savePitch: authedProcedure
    .input(pitchInput)
    .mutation(({ ctx, input }) => savePitch(ctx.db, ctx.user.id, input)),

  timeBlock: authedProcedure.query(({ ctx }) => getNetworkingTimeBlock(ctx.db, ctx.user.id)),

  saveTimeBlock: authedProcedure
    .input(timeBlockInput)
    .mutation(({ ctx, input }) => saveNetworkingTimeBlock(ctx.db, ctx.user.id, input)),

  removeTimeBlock: authedProcedure.mutation(({ ctx }) => removeNetworkingTimeBlock(ctx.db, ctx.user.id)),

  firstRun: orgMemberProcedure.query(({ ctx }) => getFirstRun(ctx.db, ctx.scope)),

  setFirstRunStep: authedProcedure
    .input(z.object({ step: z.enum(["welcome", "assessment", "suggestions", "goal", "done"]) }))
    .mutation(({ ctx, input }) => setFirstRunStep(ctx.db, ctx.user.id, input.step)),

  skipFirstRun: authedProcedure.mutation(({ ctx }) => skipFirstRun(ctx.db, ctx.user.id)),
});
