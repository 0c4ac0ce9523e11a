import { declareSsoDomain, listSsoDomains, removeSsoDomain } from "@rapport/db";
import { z } from "zod";
import { createRouter, orgAdminProcedure } from "../trpc";
import { id } from "../validation";

const policy = z.enum(["authoritative", "required"], {
  error: "Choose whether SSO is trusted for the domain or required.",
});

/** The organisation's company-SSO domains: admins declare which addresses the SSO provider speaks for. */
export const ssoRouter = createRouter({
  domains: orgAdminProcedure.query(({ ctx }) => listSsoDomains(ctx.db, ctx.scope)),

  declareDomain: orgAdminProcedure
    .input(z.object({ domain: z.string().max(300, "That is too long for a domain."), policy }))
    .mutation(async ({ ctx, input }) => {
      const row = await declareSsoDomain(ctx.db, ctx.scope, input);
      return { id: row.id, domain: row.domain, policy: row.policy };
    }),

  removeDomain: orgAdminProcedure.input(z.object({ domainId: id })).mutation(async ({ ctx, input }) => {
    await removeSsoDomain(ctx.db, ctx.scope, input.domainId);
  }),
});
