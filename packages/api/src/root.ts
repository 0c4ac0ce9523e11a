import { digestRouter } from "./routers/digest";
import { invitationsRouter } from "./routers/invitations";
import { meRouter } from "./routers/me";
import { organisationRouter } from "./routers/organisation";
import { systemRouter } from "./routers/system";
import { teamRouter } from "./routers/team";
import { createCallerFactory, createRouter } from "./trpc";

export const appRouter = createRouter({
  system: systemRouter,
  me: meRouter,
  organisation: organisationRouter,
  team: teamRouter,
  invitations: invitationsRouter,
  digest: digestRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
