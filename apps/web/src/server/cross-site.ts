import { CROSS_SITE_MESSAGE, isCrossSiteRequest, type RequestLike } from "@rapport/domain/security";

/**
 * The one answer to a state-changing request from another site: 403 with a message a person can read,
 * as JSON for API callers and as text for a browser form post. Null when the request may go on.
 * Used by the proxy (pages and server actions), Auth.js, tRPC and the upload route.
 */
export function crossSiteRefusal(request: RequestLike, format: "json" | "auto" = "auto"): Response | null {
  if (!isCrossSiteRequest(request)) return null;
  const wantsJson = format === "json" || (request.headers.get("accept") ?? "").includes("application/json");
  const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
  return wantsJson
    ? Response.json({ error: CROSS_SITE_MESSAGE, message: CROSS_SITE_MESSAGE }, { status: 403, headers })
    : new Response(`${CROSS_SITE_MESSAGE}\n`, {
        status: 403,
        headers: { ...headers, "content-type": "text/plain; charset=utf-8" },
      });
}
