// Intro requests: ask a colleague, answer a colleague. The requester sees a softened status and never a
// reason; only the two people involved ever read a request; managers get team counts only.
import {
  acceptIntroRequest,
  answerIntroRequest,
  blockIntroRequester,
  getPitch,
  introRequestDraft,
  listReceivedIntroRequests,
  listSentIntroRequests,
  logIntroducedContact,
  sendIntroRequest,
  teamIntroRequestSummary,
  unblockIntroRequester,
} from "@rapport/db";
import { z } from "zod";
import { contactInput } from "../contact-validation";
import { createRouter, introRequestCountsOf, orgMemberProcedure, teamManagerProcedure } from "../trpc";
import { id, introRequestInput } from "../validation";

const requestRef = z.object({ requestId: id });

export const introRequestsRouter = createRouter({
  send: orgMemberProcedure
    .input(introRequestInput)
    .mutation(({ ctx, input }) => sendIntroRequest(ctx.db, ctx.scope, input)),

  /** A blurb to start from: the person's own pitch. */
  suggestedBlurb: orgMemberProcedure.query(async ({ ctx }) => {
    const pitch = await getPitch(ctx.db, ctx.user.id);
    return { blurb: [pitch?.introduction, pitch?.lookingFor].filter(Boolean).join(" ").slice(0, 600) };
  }),

  sent: orgMemberProcedure.query(({ ctx }) => listSentIntroRequests(ctx.db, ctx.scope)),
  received: orgMemberProcedure.query(({ ctx }) => listReceivedIntroRequests(ctx.db, ctx.scope)),
  counts: orgMemberProcedure.query(({ ctx }) => introRequestCountsOf(ctx)),

  accept: orgMemberProcedure
    .input(requestRef.extend({ contactId: id.nullish() }))
    .mutation(({ ctx, input }) => acceptIntroRequest(ctx.db, ctx.scope, input)),

  draft: orgMemberProcedure
    .input(requestRef)
    .query(({ ctx, input }) => introRequestDraft(ctx.db, ctx.scope, input.requestId)),

  markAskedWaiting: orgMemberProcedure
    .input(requestRef)
    .mutation(({ ctx, input }) => answerIntroRequest(ctx.db, ctx.scope, input.requestId, "askedWaiting")),

  decline: orgMemberProcedure
    .input(requestRef)
    .mutation(({ ctx, input }) => answerIntroRequest(ctx.db, ctx.scope, input.requestId, "decline")),

  block: orgMemberProcedure.input(requestRef).mutation(async ({ ctx, input }) => {
    await blockIntroRequester(ctx.db, ctx.scope, input.requestId);
    return { blocked: true };
  }),

  unblock: orgMemberProcedure.input(z.object({ userId: id })).mutation(async ({ ctx, input }) => {
    await unblockIntroRequester(ctx.db, ctx.scope, input.userId);
    return { blocked: false };
  }),

  /** The requester met the person: it goes into their contacts and counts toward their goals. */
  logContact: orgMemberProcedure
    .input(
      requestRef.extend({
        name: contactInput.shape.name,
        company: contactInput.shape.company,
        role: contactInput.shape.role,
        email: contactInput.shape.email,
      }),
    )
    .mutation(({ ctx, input }) => logIntroducedContact(ctx.db, ctx.scope, input)),

  /** Team counts for a manager: requests made, accepted, share sharing anything; hidden below three people. */
  teamSummary: teamManagerProcedure.query(({ ctx, input }) =>
    teamIntroRequestSummary(ctx.db, ctx.scope, input.teamId),
  ),
});
