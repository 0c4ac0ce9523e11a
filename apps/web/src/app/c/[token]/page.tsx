import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthShell } from "~/components/auth/auth-shell";
import { CardView } from "~/components/my-card/card-view";
import { qrSvg } from "~/server/qr";
import { publicCard } from "./card";

export const dynamic = "force-dynamic";

// Kept out of search engines, and the link's token is not passed on to sites the card links to.
export const metadata: Metadata = {
  title: "Contact card",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/** A person's card behind their personal link: only the fields they chose, and a "Save contact" file. */
export default async function PublicCardPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const shown = await publicCard(token);
  if (!shown) notFound();
  const qr = await qrSvg(shown.vcard, `QR code of ${shown.card.name}'s contact card`);
  return (
    <AuthShell
      title={shown.card.name}
      description="Save this card to your phone's contacts, or scan the code from another phone."
      footer="Shared with Rapport. Only what this person chose to show is on this page."
    >
      <div className="space-y-6">
        <CardView card={shown.card} qr={qr} showName={false} stacked />
        <a
          href={`/c/${token}/vcard`}
          download
          className="flex min-h-11 w-full items-center justify-center rounded-lg bg-accent px-4 font-medium text-accent-ink shadow-sm hover:opacity-90 focus:outline-none focus:ring-2 focus:ring-accent/40"
        >
          Save contact
        </a>
      </div>
    </AuthShell>
  );
}
