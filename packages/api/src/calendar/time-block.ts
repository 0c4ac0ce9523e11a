import { type Database, getNetworkingTimeBlock, type OrgScope } from "@rapport/db";
import type { WeeklyBlockInput } from "@rapport/domain/calendar";

type TimeBlock = NonNullable<Awaited<ReturnType<typeof getNetworkingTimeBlock>>>;

/** A person's weekly networking time as the recurring calendar event both .ics downloads carry. */
export function weeklyBlockFor(userId: string, block: TimeBlock): WeeklyBlockInput {
  return {
    uid: `networking-time-${userId}@rapport`,
    title: "Networking time",
    description: "Your weekly slot for meeting people and following up. Set in Rapport.",
    byDay: block.days,
    startTime: block.startTime,
    durationMinutes: block.durationMinutes,
    timeZone: block.timeZone,
    startDate: block.startDate,
    sequence: block.sequence,
    updatedAt: block.updatedAt,
  };
}

/** The person's networking time block for "my calendar", or null when they have not set one. */
export async function getMyTimeBlock(db: Database, scope: OrgScope): Promise<WeeklyBlockInput | null> {
  const block = await getNetworkingTimeBlock(db, scope.userId);
  return block ? weeklyBlockFor(scope.userId, block) : null;
}
