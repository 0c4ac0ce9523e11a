import { randomBytes } from "node:crypto";
import { notFound } from "@rapport/domain";
import type { MyCard } from "@rapport/domain/contacts";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { users } from "../schema";

/** My card as saved (null before the first save) and its personal link's token (null while off). */
export async function getMyCard(db: Database, userId: string) {
  const [row] = await db
    .select({ card: users.card, token: users.cardToken, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw notFound("Your account");
  return row;
}

export async function saveMyCard(db: Database, userId: string, card: MyCard) {
  const [row] = await db.update(users).set({ card }).where(eq(users.id, userId)).returning({ id: users.id });
  if (!row) throw notFound("Your account");
}

/**
 * Turns the personal link on with a new random token (128 bits, so links cannot be guessed), or off.
 * Turning it on again never brings an old token back: every link handed out before stops working.
 */
export async function setMyCardLink(db: Database, userId: string, on: boolean): Promise<string | null> {
  const token = on ? randomBytes(16).toString("base64url") : null;
  const [row] = await db
    .update(users)
    .set({ cardToken: token })
    .where(eq(users.id, userId))
    .returning({ token: users.cardToken });
  if (!row) throw notFound("Your account");
  return row.token;
}

/** The saved card behind a personal link that is on; undefined for an unknown or switched-off token. */
export async function findCardByToken(db: Database, token: string): Promise<MyCard | undefined> {
  const [row] = await db.select({ card: users.card }).from(users).where(eq(users.cardToken, token));
  return row?.card ?? undefined;
}
