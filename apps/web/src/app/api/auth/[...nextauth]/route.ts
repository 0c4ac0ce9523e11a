import { publicSession } from "@rapport/auth";
import { handlers } from "@rapport/auth/next";
import { safeRedirectPath } from "@rapport/domain/security";
import type { NextRequest } from "next/server";
import { crossSiteRefusal } from "~/server/cross-site";

export const dynamic = "force-dynamic";

/**
 * Auth.js, with three doors closed: a plain GET of the email callback (what link scanners do) never uses
 * up a magic link — it is sent to the confirm page instead; sign-in emails can only be requested
 * through our own form, which applies the rate limits; and no POST from another site is let in (a page
 * elsewhere could otherwise post the attacker's own magic link and sign the visitor in as the attacker).
 */
export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  if (url.pathname.endsWith("/callback/email")) {
    const query = new URLSearchParams();
    url.searchParams.forEach((value, key) => {
      query.set(key, value);
    });
    const target = safeRedirectPath(`/sign-in/confirm?${query}`, { fallback: "/sign-in/confirm" });
    return new Response(null, { status: 303, headers: { Location: target, "cache-control": "no-store" } });
  }
  if (url.pathname.endsWith("/session")) return onlyPublicSession(await handlers.GET(request));
  return handlers.GET(request);
}

/** Page scripts learn who is signed in and until when; ids, tokens and user rows stay on the server. */
async function onlyPublicSession(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const body = publicSession(await response.json().catch(() => null));
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

export async function POST(request: NextRequest) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  if (request.nextUrl.pathname.endsWith("/signin/email")) {
    return Response.json({ error: "Request a sign-in link from the sign-in page." }, { status: 404 });
  }
  return handlers.POST(request);
}
