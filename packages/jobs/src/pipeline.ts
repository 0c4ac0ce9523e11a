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
  type PreparedOutcome,
  planDeliveries,
  recordBatchSent,
  scheduleBatchRetry,
  sealBatch,
  startDigestRun,
  touchDigestRun,
} from "@rapport/db";
import type { DeliveryPayload } from "@rapport/db/schema";
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

interface PreparedBatch {
  batch: ClaimedBatch;
  /** Deliveries with their frozen content, oldest id first. */
  ready: { id: string; payload: DeliveryPayload }[];
}

const toReady = (d: { id: string; payload: DeliveryPayload | null }) => ({
  id: d.id,
  payload: d.payload as DeliveryPayload,
});

/** Lets due timers (a pacer's wake-up) run before the next piece of CPU work. */
const yieldToTimers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Preparing a batch (compose and render) is CPU work on this process's one thread, so the senders of a
 * process take turns instead of interleaving: two batches prepared side by side both finish late, one
 * after the other the first is ready in half the time and can take its slot while the second renders.
 * It matters most at the start of a run, when every sender would otherwise prepare its first batch at
 * once and the first request of the run waits for all of them.
 */
let preparing: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = preparing.then(work);
  preparing = turn.catch(() => {});
  return turn;
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

    // Where the time goes, said once at the end of the run (bench/pipeline.ts prints it).
    const spent = { prepare: 0, slot: 0, send: 0, record: 0, batches: 0 };
    const timed = async <T>(stage: keyof typeof spent, work: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      try {
        return await work();
      } finally {
        spent[stage] += performance.now() - t0;
      }
    };

    // 1. Compose and render what is not prepared yet, then seal: the content is fixed from here on.
    const prepare = async (batch: ClaimedBatch): Promise<PreparedBatch> => {
      const deliveries = await batchDeliveries(db, batch.id);
      const sealedReady = () => deliveries.filter((d) => d.state === "claimed" && d.payload !== null);
      if (batch.sealedAt) return { batch, ready: sealedReady().map(toReady) };
      const open = deliveries.filter((d) => d.state === "claimed" && d.payload === null);
      const recipients = new Map<string, DigestRecipient>(
        (await listDigestRecipients(db, { userIds: [...new Set(open.map((d) => d.userId))] })).map((r) => [
          r.userId,
          r,
        ]),
      );
      const outcomes: PreparedOutcome[] = [];
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
        // Let timers run between digests: another sender in this process may be waiting for its slot,
        // and a late wake-up costs the slot (see pacer.ts).
        await yieldToTimers();
      }
      const sealed = await sealBatch(db, { id: batch.id, workerId, now: now(), runId }, outcomes);
      if (sealed) {
        const ids = new Set(sealed);
        return {
          batch,
          ready: outcomes.flatMap((o) =>
            "payload" in o && ids.has(o.id) ? [{ id: o.id, payload: o.payload }] : [],
          ),
        };
      }
      log(`batch ${batch.id} was sealed by another worker; sending what it sealed`);
      const again = await batchDeliveries(db, batch.id);
      return { batch, ready: again.filter((d) => d.state === "claimed" && d.payload !== null).map(toReady) };
    };

    // 2. Send, with the batch's own key: a retry of a request Resend already took is answered from
    // its idempotency store instead of sending again.
    const send = async ({ batch, ready }: PreparedBatch) => {
      if (ready.length === 0) {
        await recordBatchSent(db, { id: batch.id, now: now(), runId }, []);
        return;
      }
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
      await timed("slot", pace);
      try {
        const result = await timed("send", () =>
          options.mailer.sendBatch(
            ready.map(({ payload: p }) => ({
              to: p.to,
              subject: p.subject,
              html: p.html,
              text: p.text,
              headers: p.headers,
              tags: p.tags,
            })),
            { idempotencyKey: batch.idempotencyKey },
          ),
        );
        const sent = ready.map((d, i) => ({ id: d.id, resendId: result.ids[i] ?? "" }));
        await timed("record", () => recordBatchSent(db, { id: batch.id, now: now(), runId }, sent));
        spent.batches += 1;
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
          await send(await timed("prepare", () => inTurn(() => prepare(batch))));
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
    if (spent.batches > 0) {
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      log(
        `timings: ${spent.batches} batch(es); preparing ${s(spent.prepare)} (claim, compose, render, seal), ` +
          `waiting for send slots ${s(spent.slot)}, sending ${s(spent.send)}, recording ${s(spent.record)}`,
      );
    }
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
