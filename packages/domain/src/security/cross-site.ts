import { type HeaderReader, parseUrl } from "./web-url";

// Cross-site request forgery: a page on another site can make the browser POST to us with this person's
// cookies. Browsers say where a request comes from (Sec-Fetch-Site, Origin), and a request that could
// change something is refused when it comes from anywhere but our own pages.

/** What a refused cross-site request is told (403). */
export const CROSS_SITE_MESSAGE =
  "This request came from another website, so Rapport refused it. Open Rapport itself and try again.";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface RequestLike {
  method: string;
  url: string;
  headers: HeaderReader;
}

/**
 * True when a state-changing request (anything but GET, HEAD, OPTIONS) was sent by a browser from
 * another site. Requests without Origin and Sec-Fetch-Site are not from a browser page (scripts, mail
 * providers, schedulers), carry no cookies an attacker could borrow, and pass.
 */
export function isCrossSiteRequest(request: RequestLike): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  // "none" is the person typing or bookmarking; "same-site" (a sibling subdomain) is still another app.
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  if (origin === "null") return true; // sandboxed frames, data: pages, some redirects: never our own pages
  const host =
    request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? parseUrl(request.url).host;
  try {
    return parseUrl(origin).host.toLowerCase() !== host.split(",")[0]?.trim().toLowerCase();
  } catch {
    return true;
  }
}
