// The suggested slot of an intro group, from the members' weekly networking time blocks.
import { type NetworkingBlock, suggestIntroSlot } from "@rapport/domain/intros";
import { inArray } from "drizzle-orm";
import type { Database } from "../client";
import { networkingTimeBlocks } from "../schema";

/** Each member's block (null for someone without one), in the order of `userIds`. */
export async function networkingBlocksOf(db: Database, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  const rows = await db
    .select()
    .from(networkingTimeBlocks)
    .where(inArray(networkingTimeBlocks.userId, [...userIds]));
  return userIds.map((id): NetworkingBlock | null => {
    const row = rows.find((r) => r.userId === id);
    return row
      ? {
          days: row.days,
          startTime: row.startTime,
          durationMinutes: row.durationMinutes,
          timeZone: row.timeZone,
          startDate: row.startDate,
        }
      : null;
  });
}

/** The first 30 minutes inside all the members' blocks in the week after `roundOn`, or null. */
export async function introGroupSlot(db: Database, roundOn: string, userIds: readonly string[]) {
  return suggestIntroSlot(roundOn, await networkingBlocksOf(db, userIds));
}
