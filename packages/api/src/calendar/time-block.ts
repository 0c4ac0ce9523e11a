import type { Database, OrgScope } from "@rapport/db";
import type { WeeklyBlockInput } from "@rapport/domain/calendar";

/**
 * HOOK FOR THE LEAD (goals branch): the person's weekly networking time block, written into "my calendar".
 * The block lives in the goals area; until it lands this answers null and the feed carries events only.
 * Connect it here at merge, e.g. `return weeklyBlockFor(await getTimeBlock(db, scope))`.
 */
export async function getMyTimeBlock(_db: Database, _scope: OrgScope): Promise<WeeklyBlockInput | null> {
  return null;
}
