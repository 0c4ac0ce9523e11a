import { type NextRequest, NextResponse } from "next/server";
import { crossSiteRefusal } from "~/server/cross-site";

/**
 * A POST to a page is a server action (sign-in, "sign in as", every form in the app). One posted from
 * another site is refused here with a 403 and a readable message, before Next.js would answer it with a
 * bare 500. Then every page gets a fresh nonce and a strict Content-Security-Policy: only our own scripts, carrying
 * that nonce, may run; nothing may frame us. Behind https, browsers are also told to stay on https.
 */
export function proxy(request: NextRequest) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const nonce = btoa(crypto.randomUUID());
  const development = process.env.NODE_ENV === "development";
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
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

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // Pages only: not the API, static files or images.
  matcher: [{ source: "/((?!api|_next/static|_next/image|favicon.ico).*)" }],
};
