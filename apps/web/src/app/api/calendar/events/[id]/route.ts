import { TRPCError } from "@trpc/server";
import { api } from "~/server/api";

export const dynamic = "force-dynamic";

/** "Add to calendar": one event as an .ics download, for someone who can see it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const doc = await (await api()).calendar.eventFile({ eventId: id });
    return new Response(doc.body, {
      headers: {
        "Content-Type": doc.contentType,
        "Content-Disposition": `attachment; filename="${doc.fileName}"`,
        ETag: doc.etag,
        "Last-Modified": doc.lastModified.toUTCString(),
        "Cache-Control": "private, no-cache",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) {
      return new Response("Please sign in to download this event.\n", { status: 401 });
    }
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return new Response("Event not found.\n", { status: 404 });
    }
    throw error;
  }
}
