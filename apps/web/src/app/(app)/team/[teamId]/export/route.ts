import { TRPCError } from "@trpc/server";
import { api } from "~/server/api";

export const dynamic = "force-dynamic";

const STATUS: Partial<Record<TRPCError["code"], number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

const plain = (message: string, status: number) =>
  new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** The team's member table as CSV, for the same `?from=&to=` period as the dashboard. */
export async function GET(request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const search = new URL(request.url).searchParams;
  const from = search.get("from")?.trim() || undefined;
  const to = search.get("to")?.trim() || undefined;
  try {
    const { filename, csv } = await (await api()).dashboard.exportCsv({ teamId, from, to });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = STATUS[error.code];
      if (status === 401) return plain("Please sign in to download this team's numbers.", 401);
      if (status === 403) return plain("Only this team's managers can download its numbers.", 403);
      if (status === 404) return plain("That team was not found.", 404);
      if (status === 400) {
        // A date the domain refused names its field; a malformed one comes back from the schema.
        const cause = error.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined;
        const issue = cause?.issues?.[0];
        return plain(issue ? `${String(issue.path[0])}: ${issue.message}` : error.message, 400);
      }
    }
    throw error;
  }
}
