import { publicSession } from "@rapport/auth";
import { handlers } from "@rapport/auth/next";
import type { NextRequest } from "next/server";

export const dynamic = "force-dynamic";

/**
 * Auth.js, with two doors closed: a plain GET of the email callback (what link scanners do) never uses
 * up a magic link — it is sent to the confirm page instead — and sign-in emails can only be requested
 * through our own form, which applies the rate limits.
 */
export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  if (url.pathname.endsWith("/callback/email")) {
    const confirm = new URL("/sign-in/confirm", url.origin);
    url.searchParams.forEach((value, key) => {
      confirm.searchParams.set(key, value);
    });
    return Response.redirect(confirm, 303);
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
  if (request.nextUrl.pathname.endsWith("/signin/email")) {
    return Response.json({ error: "Request a sign-in link from the sign-in page." }, { status: 404 });
  }
  return handlers.POST(request);
}
