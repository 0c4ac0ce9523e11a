import { searchEverything } from "@rapport/db";
import { z } from "zod";
import { createRouter, orgMemberProcedure } from "../trpc";

const searchInput = z.object({
  q: z.string().trim().max(100, "Search for at most 100 characters."),
});

export const searchRouter = createRouter({
  /**
   * The command palette: a few people, events, goals and team dashboards matching the words, each
   * scoped as its own page is (another person's contacts and private goals never appear).
   */
  everything: orgMemberProcedure
    .input(searchInput)
    .query(async ({ ctx, input }) => ({ hits: await searchEverything(ctx.db, ctx.scope, input.q) })),
});
