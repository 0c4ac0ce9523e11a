import { systemRouter } from "./routers/system";
import { createCallerFactory, createRouter } from "./trpc";

export const appRouter = createRouter({
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
