import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { nudges } from "../schema";

/**
 * Records a nudge and sends it. Under a per-recipient lock, `check` sees when the person was last nudged
 * (and throws to refuse) and the nudge is written; the email goes out after that commits, so a second
 * click meanwhile is refused and no database work waits on the email service (on PGlite, with its single
 * connection, the dev outbox writing inside the open transaction would wait forever). If sending fails,
 * the nudge is removed again: a nudge is on record only when its email went out.
 */
export async function recordNudge(
  db: Database,
  nudge: {
    organisationId: string;
    teamId: string;
    senderId: string;
    recipientId: string;
    reason: "quiet" | "behind" | "both";
    /** The manager's own words added to the email, kept with the nudge. */
    note: string | null;
    now: Date;
  },
  check: (lastNudgedAt: Date | null) => void,
  send: () => Promise<unknown>,
): Promise<{ sentAt: Date }> {
  const id = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`nudge:${nudge.recipientId}`}))`);
    const [last] = await tx
      .select({
        at: sql<
          string | null
        >`to_char(max(${nudges.sentAt}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      })
      .from(nudges)
      .where(and(eq(nudges.recipientId, nudge.recipientId), eq(nudges.organisationId, nudge.organisationId)));
    check(last?.at ? new Date(last.at) : null);
    const [row] = await tx
      .insert(nudges)
      .values({
        organisationId: nudge.organisationId,
        teamId: nudge.teamId,
        senderId: nudge.senderId,
        recipientId: nudge.recipientId,
        reason: nudge.reason,
        note: nudge.note,
        sentAt: nudge.now,
      })
      .returning({ id: nudges.id });
    if (!row) throw new Error("The nudge was not recorded.");
    return row.id;
  });
  try {
    await send();
  } catch (error) {
    await db.delete(nudges).where(eq(nudges.id, id));
    throw error;
  }
  return { sentAt: nudge.now };
}
