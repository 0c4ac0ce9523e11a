import { type NextRequest, NextResponse } from "next/server";
import { crossSiteRefusal } from "~/server/cross-site";
import { prerenderedScriptHashes, scriptFreeLanding } from "~/server/static-csp";

/**
 * A POST to a page is a server action (sign-in, "sign in as", every form in the app). One posted from
 * another site is refused here with a 403 and a readable message, before Next.js would answer it with a
 * bare 500. Then every page gets a strict Content-Security-Policy: only our own scripts may run; nothing may
 * frame us. A page rendered per request gets a fresh nonce that its scripts carry ('strict-dynamic' lets
 * them load the rest). A page prerendered at build is served from the build's files, so it names its inline
 * scripts by hash instead, and its script files must come from this site. The landing page goes further:
 * it is sent without scripts, under `script-src 'none'`. None allows 'unsafe-inline'. Behind https,
 * browsers are also told to stay on https.
 */
export function proxy(request: NextRequest) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const landing = landingPage(request);
  if (landing) return landing;
  const hashes = request.method === "GET" ? prerenderedScriptHashes(request.nextUrl.pathname) : null;
  const nonce = hashes ? null : btoa(crypto.randomUUID());
  const development = process.env.NODE_ENV === "development";
  const https = isHttps(request);
  const scripts = nonce
    ? `'self' 'nonce-${nonce}' 'strict-dynamic'`
    : `'self' ${(hashes ?? []).map((hash) => `'${hash}'`).join(" ")}`;
  const policy = contentSecurityPolicy(`${scripts}${development ? " 'unsafe-eval'" : ""}`, https);

  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  return secured(response, policy, https);
}

/** The landing page as plain HTML (see `scriptFreeLanding`), or null to render it as any other page. */
function landingPage(request: NextRequest): NextResponse | null {
  if (request.nextUrl.pathname !== "/" || !["GET", "HEAD"].includes(request.method)) return null;
  // Only for a browser loading the page: the client router, following a link to it inside the app, asks
  // for the page's React payload instead (Next.js hides its RSC header from the proxy, but not `Accept`).
  if (!request.headers.get("accept")?.includes("text/html")) return null;
  const html = scriptFreeLanding();
  if (html === null) return null;
  const https = isHttps(request);
  const response = new NextResponse(request.method === "HEAD" ? null : html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // The same bytes for everyone until the next deployment; a cache may keep them briefly.
      "Cache-Control": "public, max-age=300",
    },
  });
  return secured(response, contentSecurityPolicy("'none'", https), https);
}

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

function secured(response: NextResponse, policy: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

function contentSecurityPolicy(scripts: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/serwist/sw.js) and the web app manifest are our own files.
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const config = {
  // Pages only: not the API, static files or images.
  matcher: [{ source: "/((?!api|_next/static|_next/image|favicon.ico).*)" }],
};
