// The weekly digest: what goes in it, whether it is worth sending, and when it is due.
export {
  composeDigest,
  dayLabel,
  EVENT_HORIZON_DAYS,
  FOLLOW_UPS_SHOWN,
  firstNameOf,
  isUseful,
} from "./compose";
export { composeManagerDigest, NUDGE_OVERDUE_FOLLOW_UPS, nudgeReason } from "./compose-manager";
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
export type {
  DigestEventInput,
  DigestFollowUpInput,
  DigestGoalInput,
  DigestInput,
  EmployeeDigest,
  LastWeekNumbers,
  ManagerDigest,
  ManagerDigestInput,
  PaceLabel,
  TeamMemberActivity,
} from "./types";
