import { databaseHealth } from "@rapport/db";
import { createRouter, publicProcedure } from "../trpc";

export const systemRouter = createRouter({
  /** Which engine serves this deployment. */
  info: publicProcedure.query(async ({ ctx }) => {
    const health = await databaseHealth(ctx.db, ctx.engine);
    return { engine: health.engine, migrations: health.migrations };
  }),
});
