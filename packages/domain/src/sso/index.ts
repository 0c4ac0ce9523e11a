// Company SSO: which claims count, who may be linked to which account, and why a provider was unreachable.
export {
  claimNames,
  fillEmptyProfile,
  needsUserinfo,
  type ProfileFields,
  readEmailVerified,
  readSsoClaims,
  type SsoClaims,
} from "./claims";
export {
  checkSsoDomainClaim,
  decideSsoLink,
  emailDomain,
  normaliseDomain,
  type SsoDomainPolicy,
  type SsoLinkDecision,
} from "./domains";
export { findNetworkFailure, type NetworkFailure } from "./network";
