import { resolveAuthSecret } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import { safeRedirectPath } from "@rapport/domain/security";
import { handleUnsubscribe } from "@rapport/jobs";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

/**
 * RFC 8058 one-click unsubscribe: mail clients POST here with `List-Unsubscribe=One-Click` and no
 * cookies. The signed token is the credential; the answer is a plain 200, never a redirect.
 * Deliberately no cross-site check: mail providers post from their own servers (some with an Origin of
 * their own), no cookie is read, and the only thing a post can do is what the token's owner asked for.
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
export async function GET(_request: Request, { params }: Params) {
  const { token } = await params;
  const target = safeRedirectPath(`/unsubscribe/${encodeURIComponent(token)}`, { fallback: "/" });
  return new Response(null, { status: 303, headers: { Location: target, "cache-control": "no-store" } });
}
