import { randomUUID } from "node:crypto";
import {
  batchDeliveries,
  type ClaimedBatch,
  claimNewBatch,
  claimStaleBatch,
  countBatchAttempt,
  type Database,
  type DigestRecipient,
  failBatch,
  finishDigestRun,
  listDigestRecipients,
  nextBatchRetryAt,
  planDeliveries,
  recordBatchSent,
  scheduleBatchRetry,
  sealBatch,
  startDigestRun,
  touchDigestRun,
} from "@rapport/db";
import { EmailSendError, MAX_BATCH_SIZE, type Mailer } from "@rapport/email";
import { type DigestSources, databaseSources } from "./digest-sources";
import { sharedPacer } from "./pacer";
import { toPlannedDeliveries, whoIsDue } from "./plan";
import { prepareDelivery, type RenderContext } from "./render-digest";

export interface RunDigestOptions {
  db: Database;
  mailer: Mailer;
  render: RenderContext;
  /** "cli", "cron", "tick", … shown in the admin view. */
  trigger: string;
  workerId?: string;
  now?: () => Date;
  sources?: DigestSources;
  /** Plan before sending (default true); a pure worker only drains what others planned. */
  plan?: boolean;
  week?: string;
  userIds?: string[];
  batchSize?: number;
  /** How long a claimed batch stays ours; after that another worker may take it over. */
  leaseMs?: number;
  /** Batch send attempts (each with the mailer's own quick retries) before its deliveries are failed. */
  maxAttempts?: number;
  /** Batches in flight at once in this process. */
  concurrency?: number;
  /** Resend requests per second for the whole deployment (Resend's default team limit is 2). */
  requestsPerSecond?: number;
  /** Waits for the next request slot; by default a budget shared through the database by every process. */
  pace?: () => Promise<void>;
  /** Stop claiming new batches once aborted (graceful shutdown); the batch in hand is finished. */
  signal?: AbortSignal;
  /** Wait for a batch's retry time when it is at most this far away; later ones are left for the next run. */
  maxWaitMs?: number;
  /** First wait before retrying a batch after a server error or time-out; doubles per attempt. */
  retryBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export interface RunDigestResult {
  runId: string;
  planned: number;
  sent: number;
  skipped: number;
  failed: number;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * One digest run: plan → claim → compose → render → send → record, until nothing is left that this
 * run may do. Any number of runs may overlap, in one process or many: planning is idempotent (unique
 * delivery per person, week and kind), batches are claimed with SKIP LOCKED and a lease, a batch's
 * content is frozen before its first send and every attempt reuses its idempotency key, and a
 * delivery recorded as sent is never sent again.
 */
export async function runDigest(options: RunDigestOptions): Promise<RunDigestResult> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const workerId = options.workerId ?? `worker-${randomUUID().slice(0, 8)}`;
  const runId = randomUUID();
  const sources = options.sources ?? databaseSources;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const batchSize = Math.min(options.batchSize ?? MAX_BATCH_SIZE, MAX_BATCH_SIZE);
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const log = options.log ?? (() => {});
  const { db } = options;
  const pace = options.pace ?? sharedPacer(db, options.requestsPerSecond ?? 2, sleep);

  await startDigestRun(db, { id: runId, trigger: options.trigger, workerId, startedAt: now() });
  await touchDigestRun(db, runId, now());
  let planned = 0;
  try {
    if (options.plan !== false) {
      const entries = await whoIsDue(db, { now: now(), week: options.week, userIds: options.userIds });
      planned = await planDeliveries(db, toPlannedDeliveries(entries), runId);
      log(`planned ${planned} new deliveries (${entries.length} due)`);
    }

    const processBatch = async (batch: ClaimedBatch) => {
      const deliveries = await batchDeliveries(db, batch.id);
      // 1. Compose and render what is not prepared yet, then seal: the content is fixed from here on.
      if (!batch.sealedAt) {
        const open = deliveries.filter((d) => d.state === "claimed" && d.payload === null);
        const recipients = new Map<string, DigestRecipient>(
          (await listDigestRecipients(db, { userIds: [...new Set(open.map((d) => d.userId))] })).map((r) => [
            r.userId,
            r,
          ]),
        );
        const outcomes = [];
        for (const delivery of open) {
          outcomes.push(
            await prepareDelivery(
              db,
              sources,
              options.render,
              delivery,
              recipients.get(delivery.userId),
              now(),
            ),
          );
        }
        const sealed = await sealBatch(db, { id: batch.id, workerId, now: now(), runId }, outcomes);
        if (!sealed) log(`batch ${batch.id} was sealed by another worker; sending what it sealed`);
      }
      const ready = (await batchDeliveries(db, batch.id)).filter((d) => d.state === "claimed" && d.payload);
      if (ready.length === 0) {
        await recordBatchSent(db, { id: batch.id, now: now(), runId }, []);
        return;
      }
      // 2. Send, with the batch's own key: a retry of a request Resend already took is answered from
      // its idempotency store instead of sending again.
      const attempts = await countBatchAttempt(db, batch.id);
      if (attempts > maxAttempts) {
        await failBatch(db, {
          id: batch.id,
          attempts,
          runId,
          error: `Gave up after ${maxAttempts} attempts: ${batch.lastError ?? "the sending worker kept stopping"}`,
        });
        return;
      }
      await pace();
      try {
        const result = await options.mailer.sendBatch(
          ready.map((d) => {
            const p = d.payload as NonNullable<typeof d.payload>;
            return {
              to: p.to,
              subject: p.subject,
              html: p.html,
              text: p.text,
              headers: p.headers,
              tags: p.tags,
            };
          }),
          { idempotencyKey: batch.idempotencyKey },
        );
        const sent = ready.map((d, i) => ({ id: d.id, resendId: result.ids[i] ?? "" }));
        await recordBatchSent(db, { id: batch.id, now: now(), runId }, sent);
        log(`batch ${batch.id}: sent ${sent.length}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const retryable = error instanceof EmailSendError ? error.retryLater : true;
        if (retryable && attempts < maxAttempts) {
          const waitMs =
            error instanceof EmailSendError && error.retryAfterMs !== null
              ? error.retryAfterMs
              : Math.min((options.retryBaseMs ?? 60_000) * 2 ** (attempts - 1), 30 * 60_000);
          await scheduleBatchRetry(db, {
            id: batch.id,
            attempts,
            notBefore: new Date(now().getTime() + waitMs),
            error: message,
          });
          log(`batch ${batch.id}: will retry in ${waitMs} ms (${message})`);
        } else {
          await failBatch(db, { id: batch.id, attempts, runId, error: message });
          log(`batch ${batch.id}: failed (${message})`);
        }
      }
    };

    const claimNext = async (): Promise<ClaimedBatch | null> =>
      (await claimStaleBatch(db, { workerId, now: now(), leaseMs })) ??
      (await claimNewBatch(db, { workerId, now: now(), leaseMs, size: batchSize, runId }));

    const loop = async () => {
      for (;;) {
        if (options.signal?.aborted) return;
        const batch = await claimNext();
        if (batch) {
          await processBatch(batch);
          await touchDigestRun(db, runId, now());
          continue;
        }
        // Nothing claimable: wait for a batch's retry time if it is close, otherwise this run is done.
        const retryAt = await nextBatchRetryAt(db, now());
        if (!retryAt) return;
        const wait = retryAt.getTime() - now().getTime();
        if (wait > maxWaitMs) return;
        await sleep(Math.max(wait, 0) + 50);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, loop));
    const totals = await finishDigestRun(db, { id: runId, planned, finishedAt: now() });
    return { runId, planned, ...totals };
  } catch (error) {
    await finishDigestRun(db, {
      id: runId,
      planned,
      finishedAt: now(),
      error: error instanceof Error ? error.message : String(error),
    }).catch(() => {});
    throw error;
  }
}
