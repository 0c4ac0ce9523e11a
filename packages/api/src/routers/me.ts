import { endAllSessions, readMyself, rotateUnsubscribeLinks, updateProfile } from "@rapport/db";
import { authedProcedure, createRouter, membershipsOf } from "../trpc";
import { profileInput } from "../validation";

export const meRouter = createRouter({
  /** Who I am, where I belong, and what is waiting for me. */
  get: authedProcedure.query(async ({ ctx }) => {
    const mine = await readMyself(ctx.db, ctx.user.id);
    const memberships = await membershipsOf(ctx, mine.memberships);
    const active =
      memberships.find((m) => m.organisationId === ctx.preferredOrganisationId) ?? memberships[0];
    return {
      user: mine.user,
      memberships,
      activeOrganisation: active ?? null,
      teams: mine.teams
        .filter((t) => t.organisationId === active?.organisationId)
        .map(({ teamId, name, role }) => ({ teamId, name, role })),
      pendingInvitations: mine.pendingInvitations,
    };
  }),

  updateProfile: authedProcedure.input(profileInput).mutation(async ({ ctx, input }) => {
    const user = await updateProfile(ctx.db, ctx.user.id, input);
    return { name: user.name, timeZone: user.timeZone, locale: user.locale };
  }),

  /**
   * Ends every session of mine, on every device (this one included), and replaces my unsubscribe links:
   * someone who had my mailbox or a forwarded digest loses what those gave them.
   */
  signOutEverywhere: authedProcedure.mutation(async ({ ctx }) => {
    const ended = await endAllSessions(ctx.db, ctx.user.id);
    await rotateUnsubscribeLinks(ctx.db, ctx.user.id);
    return { ended };
  }),
});
