import { randomBytes } from "node:crypto";
import { AppError } from "@rapport/domain";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { organisations, sessions, users } from "../schema";
import { joinFromInvitation, lockUsableInvitation } from "./invitations";

/**
 * Following an invitation link and pressing its button proves the person reads that mailbox, the same
 * proof a magic link gives. So, in one transaction: use the invitation up, find or create the account
 * for the invited address (never any other), join the organisation and team, and open a database
 * session shaped like the ones the Auth.js adapter writes. Returns the session token for the cookie.
 */
export async function signInWithInvitation(
  db: Database,
  input: { token: string; sessionExpires: Date },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const inv = await lockUsableInvitation(tx, { token: input.token }, now);
    const [existing] = await tx.select().from(users).where(eq(users.email, inv.email));
    let userId = existing?.id;
    if (existing && !existing.emailVerified) {
      await tx.update(users).set({ emailVerified: now }).where(eq(users.id, existing.id));
    }
    if (!userId) {
      // Until the person says otherwise (the "about you" step), the organisation's zone beats UTC.
      const [org] = await tx
        .select({ timeZone: organisations.timeZone })
        .from(organisations)
        .where(eq(organisations.id, inv.organisationId));
      const [created] = await tx
        .insert(users)
        .values({ email: inv.email, emailVerified: now, timeZone: org?.timeZone ?? "UTC" })
        .returning({ id: users.id });
      if (!created) throw new AppError("conflict", "Your account could not be created. Try again.");
      userId = created.id;
    }
    const joined = await joinFromInvitation(tx, inv, userId, now);
    const sessionToken = randomBytes(32).toString("base64url");
    await tx.insert(sessions).values({ sessionToken, userId, expires: input.sessionExpires });
    return { ...joined, userId, email: inv.email, sessionToken };
  });
}
