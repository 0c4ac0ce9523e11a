import { createInvitation, getTeam, invitationStandingOf, schema } from "@rapport/db";
import { BULK_INVITE_LIMIT, type InviteListEntry, invalid, parseInviteList } from "@rapport/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Context } from "../context";
import { orgAdminProcedure } from "../trpc";
import { emailAddress, id } from "../validation";
import { sendInvitationEmail } from "./invitation-email";

const bulkInvitationInput = z.object({
  // A CSV of 200 rows with a few columns fits well under this; anything larger is not a list of people.
  text: z
    .string()
    .max(100_000, "The list is too long: paste at most 200 addresses at a time.")
    .refine((text) => text.trim() !== "", "Paste at least one address."),
  teamId: id.optional(),
  orgRole: z.enum(["admin", "member"]).default("member"),
  teamRole: z.enum(["employee", "manager"]).default("employee"),
});

type Scoped = Context & { scope: { userId: string; organisationId: string } };

/** The list as the admin will send it: each line with its own problem, checked against the organisation. */
async function checkList(
  ctx: Scoped,
  input: z.infer<typeof bulkInvitationInput>,
): Promise<InviteListEntry[]> {
  if (input.teamId) await getTeam(ctx.db, ctx.scope, input.teamId);
  const { entries, tooMany } = parseInviteList(input.text);
  if (tooMany) throw invalid(`Invite at most ${BULK_INVITE_LIMIT} people at a time; split the list.`, "text");
  const emails = entries.flatMap((entry) => (entry.email && !entry.problem ? [entry.email] : []));
  const standing = await invitationStandingOf(ctx.db, ctx.scope, emails);
  return entries.map((entry) => {
    if (entry.problem || !entry.email) return entry;
    if (!emailAddress.safeParse(entry.email).success) return { ...entry, problem: "Not an email address." };
    if (standing.members.has(entry.email)) return { ...entry, problem: "Already a member." };
    if (standing.invited.has(entry.email)) {
      return { ...entry, problem: "Already invited; resend it from the invitation list." };
    }
    return entry;
  });
}

export const bulkInvitationProcedures = {
  /** What sending this list would do, line by line; nothing is saved or sent. */
  previewBulk: orgAdminProcedure
    .input(bulkInvitationInput)
    .mutation(async ({ ctx, input }) => ({ entries: await checkList(ctx, input), limit: BULK_INVITE_LIMIT })),

  /**
   * Invites every good line of the list through the normal mailer (with its retries). Lines with a
   * problem are returned untouched; an invitation whose email could not be sent is removed again and
   * listed as failed, so the admin sees every address that did not get an invitation.
   */
  createBulk: orgAdminProcedure.input(bulkInvitationInput).mutation(async ({ ctx, input }) => {
    const entries = await checkList(ctx, input);
    const sent: { line: number; email: string }[] = [];
    const failed: { line: number; email: string; reason: string }[] = [];
    for (const entry of entries) {
      if (entry.problem || !entry.email) continue;
      const { invitation, token } = await createInvitation(ctx.db, ctx.scope, {
        email: entry.email,
        name: entry.name,
        teamId: input.teamId,
        orgRole: input.orgRole,
        teamRole: input.teamRole,
      });
      try {
        await sendInvitationEmail(ctx, { email: invitation.email, token, teamId: invitation.teamId });
        sent.push({ line: entry.line, email: entry.email });
      } catch {
        await ctx.db.delete(schema.invitations).where(eq(schema.invitations.id, invitation.id));
        failed.push({
          line: entry.line,
          email: entry.email,
          reason: "The email could not be sent; try again later.",
        });
      }
    }
    const skipped = entries.filter((entry) => entry.problem);
    return { sent, failed, skipped };
  }),
};
