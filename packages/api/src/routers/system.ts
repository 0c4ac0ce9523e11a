import { databaseHealth } from "@rapport/db";
import { createRouter, publicProcedure } from "../trpc";

export const systemRouter = createRouter({
  /** Which engine serves this deployment; shown in the footer of the embedded demo. */
  info: publicProcedure.query(async ({ ctx }) => {
    const health = await databaseHealth(ctx.db, ctx.engine);
    return { engine: health.engine, migrations: health.migrations };
  }),
});
