import { contactsToCsv, contactsToVCard } from "@rapport/domain/contacts";
import { TRPCError } from "@trpc/server";
import { api } from "~/server/api";

export const dynamic = "force-dynamic";

/** Downloads my contacts: `?format=csv` (safe to open in a spreadsheet) or `?format=vcf`. */
export async function GET(request: Request): Promise<Response> {
  const format = new URL(request.url).searchParams.get("format") === "vcf" ? "vcf" : "csv";
  let contacts: Awaited<ReturnType<Awaited<ReturnType<typeof api>>["contacts"]["export"]>>;
  try {
    contacts = await (await api()).contacts.export();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) {
      return Response.json(
        { message: "Sign in to download your contacts." },
        { status: error.code === "UNAUTHORIZED" ? 401 : 403 },
      );
    }
    throw error;
  }
  const stamp = new Date().toISOString().slice(0, 10);
  const body = format === "vcf" ? contactsToVCard(contacts) : contactsToCsv(contacts);
  return new Response(body, {
    headers: {
      "Content-Type": format === "vcf" ? "text/vcard; charset=utf-8" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rapport-contacts-${stamp}.${format}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
