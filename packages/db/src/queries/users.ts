import { notFound } from "@rapport/domain";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { users } from "../schema";

export async function getUser(db: Database, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound("Your account");
  return user;
}

export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return user;
}

/** Saves my name and zone; the first save also marks the "about you" step as done. */
export async function updateProfile(
  db: Database,
  userId: string,
  input: { name: string; timeZone: string; locale?: string },
) {
  const [user] = await db
    .update(users)
    .set({
      name: input.name,
      timeZone: input.timeZone,
      ...(input.locale ? { locale: input.locale } : {}),
      profileConfirmedAt: sql`coalesce(${users.profileConfirmedAt}, now())`,
    })
    .where(eq(users.id, userId))
    .returning();
  if (!user) throw notFound("Your account");
  return user;
}
