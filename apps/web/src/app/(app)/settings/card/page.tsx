import { visibleCard } from "@rapport/domain/contacts";
import type { Metadata } from "next";
import { CardView } from "~/components/my-card/card-view";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { qrSvg } from "~/server/qr";
import { appUrl } from "~/server/session";
import { setCardLinkAction } from "./actions";
import { CardForm } from "./card-form";

export const metadata: Metadata = { title: "My card" };

/** My contact card: a QR code anyone's phone camera can save, a personal link, and what they show. */
export default async function MyCardPage() {
  const { card, saved, token, vcard } = await (await api()).card.mine();
  const qr = await qrSvg(vcard, `QR code of your contact card, ${card.values.name}`);
  const link = token ? `${await appUrl()}/c/${token}` : null;
  return (
    <>
      <PageHeader
        title="My card"
        description="Meeting someone without Rapport? Let them point their phone camera at your code to save you as a contact."
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card>
            <CardHeader
              title="Your code"
              description={
                saved
                  ? "Shows only the fields you ticked."
                  : "A first look from your account. Save to make it yours."
              }
            />
            <CardView card={visibleCard(card)} qr={qr} />
          </Card>
          <Card>
            <CardHeader
              title="Personal link"
              description="The same card as a web page with a “Save contact” button, for email signatures and chats."
            />
            {link ? (
              <div className="space-y-3">
                <label htmlFor="card-link" className="block text-sm font-medium">
                  Your link
                </label>
                <input
                  id="card-link"
                  readOnly
                  value={link}
                  className="block min-h-11 w-full rounded-lg border border-line bg-surface px-3 text-sm"
                />
                <div className="flex flex-wrap gap-3">
                  <ButtonLink href={`/c/${token}`} variant="secondary" size="sm">
                    Open the page
                  </ButtonLink>
                  <form action={setCardLinkAction}>
                    <input type="hidden" name="on" value="false" />
                    <Button type="submit" variant="ghost" size="sm">
                      Turn the link off
                    </Button>
                  </form>
                </div>
                <p className="text-sm text-muted">
                  Turning it off stops this link for good; turning it on again makes a new one.
                </p>
              </div>
            ) : saved ? (
              <form action={setCardLinkAction}>
                <input type="hidden" name="on" value="true" />
                <Button type="submit" variant="secondary">
                  Turn on a personal link
                </Button>
              </form>
            ) : (
              <p className="text-sm text-muted">Save your card first, then you can turn a link on.</p>
            )}
          </Card>
        </div>
        <Card>
          <CardHeader
            title="What your card shows"
            description="Tick what people may save. Nothing else about you is shared."
          />
          <CardForm card={card} />
        </Card>
      </div>
    </>
  );
}
