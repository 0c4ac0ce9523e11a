import { calendarRouter } from "./routers/calendar";
import { cardRouter } from "./routers/card";
import { assessmentRouter, coachingRouter } from "./routers/coaching";
import { contactsRouter } from "./routers/contacts";
import { dashboardRouter } from "./routers/dashboard";
import { digestRouter } from "./routers/digest";
import { eventsRouter } from "./routers/events";
import { goalsRouter } from "./routers/goals";
import { introRequestsRouter } from "./routers/intro-requests";
import { introsRouter } from "./routers/intros";
import { invitationsRouter } from "./routers/invitations";
import { meRouter } from "./routers/me";
import { organisationRouter } from "./routers/organisation";
import { searchRouter } from "./routers/search";
import { sharingRouter } from "./routers/sharing";
import { ssoRouter } from "./routers/sso";
import { systemRouter } from "./routers/system";
import { teamRouter } from "./routers/team";
import { teamGoalsRouter } from "./routers/team-goals";
import { createCallerFactory, createRouter } from "./trpc";

export const appRouter = createRouter({
  system: systemRouter,
  me: meRouter,
  card: cardRouter,
  organisation: organisationRouter,
  sso: ssoRouter,
  team: teamRouter,
  invitations: invitationsRouter,
  events: eventsRouter,
  calendar: calendarRouter,
  goals: goalsRouter,
  teamGoals: teamGoalsRouter,
  assessment: assessmentRouter,
  coaching: coachingRouter,
  contacts: contactsRouter,
  digest: digestRouter,
  dashboard: dashboardRouter,
  search: searchRouter,
  sharing: sharingRouter,
  introRequests: introRequestsRouter,
  intros: introsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
