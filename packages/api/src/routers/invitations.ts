import {
  acceptInvitation,
  adminsToAskForRenewal,
  createInvitation,
  findInvitationByToken,
  getUser,
  hashInvitationToken,
  hitRateLimit,
  listInvitations,
  renewInvitation,
  revokeInvitation,
  schema,
} from "@rapport/db";
import { AppError } from "@rapport/domain";
import { InvitationRequestEmail, invitationRequestSubject, renderEmail } from "@rapport/email";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { authedProcedure, createRouter, orgAdminProcedure, publicProcedure } from "../trpc";
import { id, invitationInput } from "../validation";
import { sendInvitationEmail } from "./invitation-email";
import { bulkInvitationProcedures } from "./invitations-bulk";

export const invitationsRouter = createRouter({
  ...bulkInvitationProcedures,

  list: orgAdminProcedure.query(({ ctx }) => listInvitations(ctx.db, ctx.scope)),

  /** Invites someone and emails them the link; if the email cannot be sent, no invitation is left behind. */
  create: orgAdminProcedure.input(invitationInput).mutation(async ({ ctx, input }) => {
    if (ctx.linksRefused) throw new AppError("conflict", ctx.linksRefused);
    const { invitation, token } = await createInvitation(ctx.db, ctx.scope, input);
    try {
      await sendInvitationEmail(ctx, { email: invitation.email, token, teamId: invitation.teamId });
    } catch (error) {
      await ctx.db.delete(schema.invitations).where(eq(schema.invitations.id, invitation.id));
      throw new AppError(
        "conflict",
        `The invitation email to ${invitation.email} could not be sent (${error instanceof Error ? error.message : error}). Nothing was saved; try again.`,
      );
    }
    return { id: invitation.id, email: invitation.email };
  }),

  resend: orgAdminProcedure.input(z.object({ invitationId: id })).mutation(async ({ ctx, input }) => {
    if (ctx.linksRefused) throw new AppError("conflict", ctx.linksRefused);
    const { invitation, token } = await renewInvitation(ctx.db, ctx.scope, input.invitationId);
    await sendInvitationEmail(ctx, { email: invitation.email, token, teamId: invitation.teamId });
    return { id: invitation.id };
  }),

  revoke: orgAdminProcedure.input(z.object({ invitationId: id })).mutation(async ({ ctx, input }) => {
    await revokeInvitation(ctx.db, ctx.scope, input.invitationId);
  }),

  /** What the accept page shows for a link: the organisation and team, or why the link no longer works. */
  preview: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .query(async ({ ctx, input }) => {
      const found = await findInvitationByToken(ctx.db, input.token);
      if (!found) return { state: "unknown" as const };
      return {
        state: found.state,
        organisationName: found.organisationName,
        teamName: found.teamName,
        inviterName: found.inviterName,
        email: found.email,
      };
    }),

  /**
   * From an expired link: asks the admin who sent it (or the organisation's admins) for a fresh one.
   * At most one email a day per invitation, so the button cannot be used to flood an admin's inbox.
   */
  requestRenewal: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const found = await adminsToAskForRenewal(ctx.db, input.token);
      if (!found) {
        throw new AppError(
          "not_found",
          "This invitation cannot be renewed. Ask your admin to invite you again.",
        );
      }
      if (found.invitation.state === "pending") return { outcome: "still-valid" as const };
      const key = `invitation-renewal:${hashInvitationToken(input.token)}`;
      const { hits } = await hitRateLimit(ctx.db, key, 24 * 60 * 60);
      if (hits > 1) return { outcome: "already-asked" as const };
      const props = {
        inviteeEmail: found.invitation.email,
        organisationName: found.invitation.organisationName,
        manageUrl: new URL("/settings/organisation", ctx.appUrl).toString(),
      };
      const { html, text } = await renderEmail(InvitationRequestEmail(props));
      await ctx.mailer.send({ to: found.recipients, subject: invitationRequestSubject(props), html, text });
      return { outcome: "asked" as const };
    }),

  accept: authedProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      return acceptInvitation(ctx.db, { userId: ctx.user.id, email: ctx.user.email, token: input.token });
    }),

  /** Accepts an invitation shown on the welcome page (addressed to me), by its id. */
  acceptById: authedProcedure.input(z.object({ invitationId: id })).mutation(async ({ ctx, input }) => {
    const me = await getUser(ctx.db, ctx.user.id);
    return acceptInvitation(ctx.db, { userId: me.id, email: me.email, invitationId: input.invitationId });
  }),
});
