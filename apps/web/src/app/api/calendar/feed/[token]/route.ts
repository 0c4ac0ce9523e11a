import { calendar } from "@rapport/api";
import { getDatabase } from "@rapport/db";

export const dynamic = "force-dynamic";

/**
 * A subscription feed (the team's events, or mine). The token in the URL is the credential: no session,
 * so calendar apps can poll it. Unknown, replaced or revoked tokens answer 404 without saying which.
 */
async function serve(request: Request, token: string, withBody: boolean) {
  const { db } = await getDatabase();
  const doc = await calendar.feedDocument(db, token.replace(/\.ics$/i, ""));
  if (!doc) return new Response("This calendar link does not exist or was turned off.\n", { status: 404 });
  const headers = {
    "Content-Type": doc.contentType,
    ETag: doc.etag,
    "Last-Modified": doc.lastModified.toUTCString(),
    "Cache-Control": "private, no-cache",
    "Content-Disposition": `inline; filename="${doc.fileName}"`,
    "X-Robots-Tag": "noindex",
  };
  if (request.headers.get("if-none-match") === doc.etag) return new Response(null, { status: 304, headers });
  return new Response(withBody ? doc.body : null, { status: 200, headers });
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return serve(request, (await params).token, true);
}

export async function HEAD(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return serve(request, (await params).token, false);
}
