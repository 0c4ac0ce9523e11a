export { type IntroDraftInput, introDraft, introMailto } from "./draft";
export {
  checkIntroRequestLimit,
  effectiveIntroStatus,
  INTRO_REQUEST_TTL_DAYS,
  type IntroRequestAction,
  type IntroRequestStatus,
  introRequestExpiresAt,
  nextIntroStatus,
  type RequesterIntroStatus,
  requesterIntroStatus,
  roundedCount,
  roundedCountWords,
  type SharingLevel,
  sharingKey,
  sharingLevelOf,
  teamIntroSummary,
  WEEKLY_REQUEST_LIMIT,
} from "./rules";
