// Every piece of background work is a pg-boss queue; the recurring ones are pg-boss schedules. The
// engine claims work with SKIP LOCKED, so any number of worker processes can share one database.
import type { Queue } from "pg-boss";

export const QUEUES = {
  /** Every few minutes: plan who is due a digest, then start senders for what is waiting. */
  digestPlan: "digest-plan",
  /** Drains digest batches until none is left (the delivery rows and leases keep it exactly-once). */
  digestSend: "digest-send",
  /** Every 15 minutes: one read job per calendar URL not read for six hours. */
  calendarPlan: "calendar-plan",
  /** Reads one calendar URL (singleton per source and interval, one at a time per host). */
  calendarRead: "calendar-read",
  /** Every 15 minutes: plans the intros rounds that are due and sends intro emails whose 10:00 has come. */
  introsPlan: "intros-plan",
  /** Hourly: deletes ended rate-limit windows, old dev mail, expired tokens, sessions and invitations. */
  prune: "prune",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** A calendar URL is re-read once per this interval. */
export const CALENDAR_INTERVAL_SECONDS = 6 * 3600;

// `stately`: at most one queued and one running, so a schedule firing on several processes, or a
// slow pass, never piles up copies. Heartbeats let the engine notice a killed worker within a
// minute and hand its job to another.
export const QUEUE_OPTIONS: Record<QueueName, Omit<Queue, "name">> = {
  "digest-plan": { policy: "stately", expireInSeconds: 300, retryLimit: 2, retryDelay: 30 },
  "digest-send": {
    policy: "standard",
    expireInSeconds: 3600,
    heartbeatSeconds: 30,
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
  },
  "calendar-plan": { policy: "stately", expireInSeconds: 120, retryLimit: 1 },
  "calendar-read": { policy: "standard", expireInSeconds: 120, retryLimit: 1, retryDelay: 300 },
  "intros-plan": { policy: "stately", expireInSeconds: 600, retryLimit: 2, retryDelay: 60 },
  prune: { policy: "stately", expireInSeconds: 600, retryLimit: 2, retryDelay: 60 },
};

/** Cron expressions (UTC) of the recurring jobs. */
export const SCHEDULES: { queue: QueueName; cron: string; optional?: "calendar" }[] = [
  { queue: QUEUES.digestPlan, cron: "*/5 * * * *" },
  { queue: QUEUES.calendarPlan, cron: "*/15 * * * *", optional: "calendar" },
  { queue: QUEUES.introsPlan, cron: "*/15 * * * *" },
  { queue: QUEUES.prune, cron: "17 * * * *" },
];
