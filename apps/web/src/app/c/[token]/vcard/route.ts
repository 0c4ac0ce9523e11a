import { publicCard } from "../card";

export const dynamic = "force-dynamic";

/** The card as a .vcf file, for "Save contact"; 404 once the link is off. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const shown = await publicCard(token);
  const headers = { "X-Robots-Tag": "noindex, nofollow", "Cache-Control": "no-store" };
  if (!shown) {
    return new Response("This card is not shared any more.", {
      status: 404,
      headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const file = `${shown.card.name.replace(/[^\p{L}\p{N} ._-]+/gu, "").trim() || "contact"}.vcf`;
  return new Response(shown.vcard, {
    headers: {
      ...headers,
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="contact.vcf"; filename*=UTF-8''${encodeURIComponent(file)}`,
    },
  });
}
