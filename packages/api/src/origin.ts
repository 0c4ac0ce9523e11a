/**
 * A state-changing request must come from our own pages. Browsers send Origin (and Sec-Fetch-Site) on
 * every cross-site POST, so a form on another site posting here is recognised and refused.
 */
export function isCrossSiteRequest(request: { method: string; url: string; headers: Headers }): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false; // not a browser form or fetch (e.g. a server-side caller)
  if (origin === "null") return true;
  const host =
    request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
