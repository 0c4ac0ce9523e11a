// What a person shares for warm introductions, and finding who could introduce you. Every procedure
// acts on the caller's own choices; the search reads only what colleagues chose to share.
import {
  getSharingSettings,
  searchSharing,
  setContactOpen,
  setShareCompanies,
  withdrawAllSharing,
} from "@rapport/db";
import { z } from "zod";
import { createRouter, orgMemberProcedure } from "../trpc";
import { id, sharingSearchInput } from "../validation";

export const sharingRouter = createRouter({
  /** Exactly what I share, as colleagues would see it. */
  settings: orgMemberProcedure.query(({ ctx }) => getSharingSettings(ctx.db, ctx.scope)),

  setCompanies: orgMemberProcedure
    .input(z.object({ share: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await setShareCompanies(ctx.db, ctx.scope, input.share);
      return { shareCompanies: input.share };
    }),

  setContactOpen: orgMemberProcedure
    .input(z.object({ contactId: id, open: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await setContactOpen(ctx.db, ctx.scope, input.contactId, input.open);
      return { contactId: input.contactId, open: input.open };
    }),

  withdrawAll: orgMemberProcedure.mutation(async ({ ctx }) => {
    await withdrawAllSharing(ctx.db, ctx.scope);
    return { shareCompanies: false, openContacts: 0 };
  }),

  search: orgMemberProcedure
    .input(sharingSearchInput)
    .query(({ ctx, input }) => searchSharing(ctx.db, ctx.scope, input.q)),
});
