import { getOrganisation, getTeam, getUser, INVITATION_DAYS } from "@rapport/db";
import { AppError } from "@rapport/domain";
import { InvitationEmail, invitationSubject, renderEmail } from "@rapport/email";
import type { Context } from "../context";

/** Emails an invitation link, named after the admin who sent it (their address only if they have no name). */
export async function sendInvitationEmail(
  ctx: Context & { scope: { userId: string; organisationId: string } },
  input: { email: string; token: string; teamId: string | null },
) {
  // In production without AUTH_URL, no link leaves: it could point at whatever host the request named.
  if (ctx.linksRefused) throw new AppError("conflict", ctx.linksRefused);
  const [inviter, org] = await Promise.all([
    getUser(ctx.db, ctx.scope.userId),
    getOrganisation(ctx.db, ctx.scope),
  ]);
  const team = input.teamId ? await getTeam(ctx.db, ctx.scope, input.teamId) : undefined;
  const props = {
    inviterName: inviter.name ?? inviter.email,
    organisationName: org.name,
    teamName: team?.name,
    acceptUrl: new URL(`/invite/${input.token}`, ctx.appUrl).toString(),
    expiresInDays: INVITATION_DAYS,
  };
  const { html, text } = await renderEmail(InvitationEmail(props));
  await ctx.mailer.send({ to: input.email, subject: invitationSubject(props), html, text });
}
