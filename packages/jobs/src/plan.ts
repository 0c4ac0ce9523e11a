import { type Database, type DigestRecipient, listDigestRecipients, type PlannedDelivery } from "@rapport/db";
import { digestDueAt, dueDigestWeek } from "@rapport/domain/digest";
import { isValidTimeZone } from "@rapport/domain/time";

export interface PlanOptions {
  now: Date;
  /** Plan this ISO week for everyone (e.g. a catch-up run), due or not, instead of each person's current week. */
  week?: string;
  userIds?: string[];
}

export interface PlanEntry {
  recipient: DigestRecipient;
  kind: "employee" | "manager";
  isoWeek: string;
  dueAt: Date;
}

/**
 * Who is due a digest at `now`: everyone whose local send time (their day and hour, in their time
 * zone) has passed in their current ISO week, digest switched on, address not suppressed.
 * Managers of a team also get the team digest.
 */
export async function whoIsDue(db: Database, options: PlanOptions): Promise<PlanEntry[]> {
  const recipients = await listDigestRecipients(db, { userIds: options.userIds });
  const entries: PlanEntry[] = [];
  for (const recipient of recipients) {
    if (!recipient.enabled || recipient.suppressed) continue;
    const schedule = {
      day: recipient.day,
      hour: recipient.hour,
      timeZone: isValidTimeZone(recipient.timeZone) ? recipient.timeZone : "UTC",
    };
    const due = options.week
      ? { weekKey: options.week, dueAt: digestDueAt(options.week, schedule) }
      : dueDigestWeek(options.now, schedule);
    if (!due) continue;
    // A forced week may name a send time still ahead; it is due now for this run.
    const dueAt = due.dueAt.getTime() > options.now.getTime() ? options.now : due.dueAt;
    entries.push({ recipient, kind: "employee", isoWeek: due.weekKey, dueAt });
    if (recipient.managesTeam) entries.push({ recipient, kind: "manager", isoWeek: due.weekKey, dueAt });
  }
  return entries;
}

export function toPlannedDeliveries(entries: PlanEntry[]): PlannedDelivery[] {
  return entries.map((e) => ({
    userId: e.recipient.userId,
    organisationId: e.recipient.organisationId,
    isoWeek: e.isoWeek,
    kind: e.kind,
    dueAt: e.dueAt,
  }));
}
