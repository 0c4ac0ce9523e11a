import { TRPCError } from "@trpc/server";
import { api } from "~/server/api";
import { crossSiteRefusal } from "~/server/cross-site";

export const dynamic = "force-dynamic";

/** Matches the API's limit; checked here first so a huge upload is refused before it is read. */
const MAX_BYTES = 8 * 1024 * 1024;
const TOO_BIG = "That file is over 8 MB. Split it into smaller files and import each.";

/**
 * Reads an uploaded contacts file and answers what importing it would do. Nothing is written.
 * A route handler rather than a server action, because server actions cap request bodies at 1 MB.
 */
export async function POST(request: Request): Promise<Response> {
  const refused = crossSiteRefusal(request, "json");
  if (refused) return refused;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES + 64 * 1024) {
    return Response.json({ message: TOO_BIG }, { status: 413 });
  }
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return Response.json({ message: "Choose a file to upload." }, { status: 400 });
  }
  if (!(file instanceof File) || file.size === 0) {
    return Response.json({ message: "Choose a file to upload: it looks empty." }, { status: 400 });
  }
  if (file.size > MAX_BYTES) return Response.json({ message: TOO_BIG }, { status: 413 });
  try {
    const preview = await (await api()).contacts.previewImport({
      filename: file.name,
      text: await file.text(),
    });
    return Response.json(preview, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = error.code === "UNAUTHORIZED" ? 401 : error.code === "FORBIDDEN" ? 403 : 400;
      return Response.json({ message: error.message }, { status });
    }
    throw error;
  }
}
