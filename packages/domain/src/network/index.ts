// Network rules: which URLs and addresses the server may fetch on a user's behalf (the I/O lives elsewhere).
export {
  type AddressKind,
  classifyAddress,
  isPublicAddress,
  parseIPv4,
  parseIPv6,
} from "./addresses";
export { calendarFetchPolicy, checkFetchUrl, type FetchUrlCheck } from "./fetch-url";
export { safeWebUrl } from "./web-url";
