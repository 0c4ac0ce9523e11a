export {
  ACTION_LINK_DAYS,
  type ActionClaims,
  createActionToken,
  DIGEST_ACTIONS,
  type DigestAction,
  verifyActionToken,
} from "./action-token";
export { isAuthorisedCronRequest } from "./cron-auth";
export { type ActionPage, type AppLink, handleDigestAction } from "./digest-actions";
export {
  type DigestSources,
  type DigestWeek,
  databaseSources,
  loadDigestInput,
  loadManagerDigestInput,
} from "./digest-sources";
export { digestNow } from "./engine/digest-now";
export type { CalendarReader } from "./engine/handlers";
export { QUEUES, SCHEDULES } from "./engine/queues";
export { type JobEngine, type JobEngineOptions, type JobRole, startJobEngine } from "./engine/start";
export { runWorkerProcess } from "./engine/worker-process";
export { digestAppUrl, type JobsEnv, jobsEnv, workersInWebServer } from "./env";
export { type IntrosRunContext, runIntros } from "./intros";
export { DEFAULT_LEASE_MS, DEFAULT_MAX_ATTEMPTS } from "./pipeline";
export { type PlanEntry, whoIsDue } from "./plan";
export {
  composeFor,
  digestItemLinks,
  digestLinks,
  type RenderContext,
  renderDigestPayload,
} from "./render-digest";
export { signatureMatches, signMessage } from "./signing";
export { handleUnsubscribe, type UnsubscribeOutcome } from "./unsubscribe";
export {
  createUnsubscribeToken,
  unsubscribeHeaders,
  unsubscribeUrl,
  verifyUnsubscribeToken,
} from "./unsubscribe-token";
export { handleResendWebhook, type WebhookOutcome } from "./webhook";
