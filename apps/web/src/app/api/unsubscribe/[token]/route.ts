import { resolveAuthSecret } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import { handleUnsubscribe } from "@rapport/jobs";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

/**
 * RFC 8058 one-click unsubscribe: mail clients POST here with `List-Unsubscribe=One-Click` and no
 * cookies. The signed token is the credential; the answer is a plain 200, never a redirect.
 */
export async function POST(_request: Request, { params }: Params) {
  const { token } = await params;
  const { db } = await getDatabase();
  const outcome = await handleUnsubscribe(db, await resolveAuthSecret(db), token, "unsubscribe");
  if (outcome.status !== 200) return new Response(`${outcome.error}\n`, { status: outcome.status });
  return new Response("You are unsubscribed from the Rapport weekly digest.\n", {
    status: 200,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** Someone opened the link in a browser: show the page where they confirm, resubscribe or open preferences. */
export async function GET(request: Request, { params }: Params) {
  const { token } = await params;
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}
