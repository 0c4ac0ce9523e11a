// Security rules as pure functions: where a browser may be sent, which requests count as cross-site,
// which address a request came from.
export { clientAddress, clientBucket, parseTrustedProxies, type TrustedProxies } from "./client-address";
export { CROSS_SITE_MESSAGE, isCrossSiteRequest, type RequestLike } from "./cross-site";
export { safeRedirectPath } from "./redirect";
export { REDIRECT_BYPASSES } from "./redirect-bypasses";
