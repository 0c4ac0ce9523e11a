import { findCardByToken, getMyCard, listMemberships, saveMyCard, setMyCardLink } from "@rapport/db";
import { invalid, notFound } from "@rapport/domain";
import { type MyCard, myCardVCard, visibleCard } from "@rapport/domain/contacts";
import { z } from "zod";
import { cardTokenInput, myCardInput } from "../card-validation";
import { authedProcedure, createRouter, publicProcedure } from "../trpc";

/**
 * My card: the contact card a person shows as a QR code or behind a personal link. It lives on the
 * person, not in an organisation, so only its owner reads or changes it; the public read gives the
 * chosen fields of a card whose link is on, and nothing else.
 */
export const cardRouter = createRouter({
  /** My saved card, or one filled from my account until I save it, with its vCard and link token. */
  mine: authedProcedure.query(async ({ ctx }) => {
    const row = await getMyCard(ctx.db, ctx.user.id);
    let card: MyCard | null = row.card;
    if (!card) {
      const memberships = await listMemberships(ctx.db, ctx.user.id);
      const org = memberships.find((m) => m.organisationId === ctx.preferredOrganisationId) ?? memberships[0];
      card = {
        values: {
          name: row.name ?? "",
          role: "",
          company: org?.organisationName ?? "",
          email: row.email,
          phone: "",
          linkedinUrl: "",
        },
        shown: ["name", "company", "email"],
      };
    }
    return { card, saved: row.card !== null, token: row.token, vcard: myCardVCard(card) };
  }),

  update: authedProcedure.input(myCardInput).mutation(async ({ ctx, input }) => {
    const { shown, ...values } = input;
    const card: MyCard = { values, shown: [...new Set(["name" as const, ...shown])] };
    await saveMyCard(ctx.db, ctx.user.id, card);
    return { card };
  }),

  /** On: a new link (any older one stops working). Off: no link at all. */
  setLink: authedProcedure.input(z.object({ on: z.boolean() })).mutation(async ({ ctx, input }) => {
    const row = await getMyCard(ctx.db, ctx.user.id);
    if (input.on && !row.card) throw invalid("Save your card first, then turn its link on.");
    return { token: await setMyCardLink(ctx.db, ctx.user.id, input.on) };
  }),

  /** The card behind a personal link that is on: only the fields its owner chose. */
  public: publicProcedure.input(cardTokenInput).query(async ({ ctx, input }) => {
    const card = /^[A-Za-z0-9_-]{16,64}$/.test(input.token)
      ? await findCardByToken(ctx.db, input.token)
      : undefined;
    if (!card) throw notFound("This card");
    return { card: visibleCard(card), vcard: myCardVCard(card) };
  }),
});
