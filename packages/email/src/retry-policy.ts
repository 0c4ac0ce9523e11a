export interface RetryPolicy {
  /** Total requests per email, the first one included (1 = never retry). */
  attempts: number;
  /** First backoff delay; doubles on each retry. */
  baseDelayMs: number;
  /** Cap on any single wait, including a server's retry-after. */
  maxDelayMs: number;
}

export function assertValidRetryPolicy(policy: RetryPolicy): void {
  const { attempts, baseDelayMs, maxDelayMs } = policy;
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 20) {
    throw new Error(`retry.attempts must be an integer from 1 to 20, got ${attempts}`);
  }
  if (!Number.isFinite(baseDelayMs) || baseDelayMs < 0) {
    throw new Error(`retry.baseDelayMs must be a number ≥ 0, got ${baseDelayMs}`);
  }
  if (!Number.isFinite(maxDelayMs) || maxDelayMs < baseDelayMs) {
    throw new Error(`retry.maxDelayMs must be ≥ retry.baseDelayMs (${baseDelayMs}), got ${maxDelayMs}`);
  }
}

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so parallel
 * senders that failed together do not all come back at the same instant.
 * `retryNumber` is 1 for the first retry.
 */
export function backoffDelayMs(retryNumber: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * How long the server asked us to wait, in ms, or null when it did not say.
 * Resend sends `retry-after` (seconds) on 429s and `ratelimit-reset` (seconds) on every response;
 * the SDK hands response headers back lowercased on `result.headers`. HTTP also allows an
 * HTTP-date in retry-after, so that is understood too.
 */
export function retryAfterMs(headers: Record<string, string> | null, now: number): number | null {
  if (!headers) return null;
  return parseDelay(headers["retry-after"], now) ?? parseDelay(headers["ratelimit-reset"], now);
}

function parseDelay(value: string | undefined, now: number): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
