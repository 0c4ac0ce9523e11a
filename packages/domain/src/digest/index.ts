// The weekly digest: what goes in it, whether it is worth sending, and when it is due.
export {
  composeDigest,
  dayLabel,
  dueLabel,
  EVENT_HORIZON_DAYS,
  FOLLOW_UPS_SHOWN,
  firstNameOf,
  isUseful,
} from "./compose";
export { composeManagerDigest, NUDGE_OVERDUE_FOLLOW_UPS, nudgeReason } from "./compose-manager";
export { type DigestRunStatus, digestRunStatus, RUN_SILENCE_MS } from "./run-status";
export { sampleDigestInput, sampleManagerDigestInput } from "./sample";
export {
  DEFAULT_DIGEST_DAY,
  DEFAULT_DIGEST_HOUR,
  type DigestSchedule,
  digestDayName,
  digestDueAt,
  dueDigestWeek,
  isValidDigestDay,
  isValidDigestHour,
} from "./schedule";
export { describeDigestSchedule, placeOfTimeZone } from "./schedule-sentence";
export {
  DIGEST_SECTIONS,
  type DigestEventInput,
  type DigestFollowUpInput,
  type DigestFollowUpItem,
  type DigestGoalInput,
  type DigestInput,
  type DigestIntroInput,
  type DigestIntroItem,
  type DigestSectionId,
  type EmployeeDigest,
  type LastWeekNumbers,
  type ManagerDigest,
  type ManagerDigestInput,
  type PaceLabel,
  type TeamMemberActivity,
} from "./types";
