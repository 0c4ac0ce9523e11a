import { createHash } from "node:crypto";
import { errorReply, type Reply } from "./fake-resend-payload";

/**
 * What the fake checks before it stores anything: the bearer key, a rolling per-second rate limit
 * and Idempotency-Key, each answering the way Resend documents.
 */

export function checkBearer(header: string | undefined, apiKey: string): Reply | null {
  if (!header) {
    return errorReply(
      401,
      "missing_api_key",
      "Missing API key in the authorization header. Include the following header in the request: Authorization: Bearer YOUR_API_KEY",
    );
  }
  return header === `Bearer ${apiKey}` ? null : errorReply(403, "invalid_api_key", "API key is invalid");
}

/** At most `limit` requests in any rolling second; beyond that 429 with retry-after and ratelimit-* headers. */
export class RateWindow {
  private times: number[] = [];
  constructor(private readonly limit: number) {}

  admit(now: number): Reply | null {
    this.times = this.times.filter((time) => time > now - 1000);
    if (this.times.length < this.limit) {
      this.times.push(now);
      return null;
    }
    const waitSeconds = String(Math.max(1, Math.ceil(((this.times[0] ?? now) + 1000 - now) / 1000)));
    const reply = errorReply(
      429,
      "rate_limit_exceeded",
      "Too many requests. You can only make a limited number of requests per second.",
    );
    reply.headers = {
      "ratelimit-limit": String(this.limit),
      "ratelimit-remaining": "0",
      "ratelimit-reset": waitSeconds,
      "retry-after": waitSeconds,
    };
    return reply;
  }
}

type Started = { early: Reply } | { settle: (reply: Reply) => void };

/**
 * Same key and body → the first success again (no second email); same key with another body → 409
 * invalid_idempotent_request; same key while the first is still being answered → 409
 * concurrent_idempotent_requests. Only successes are remembered: a refused request may be fixed and
 * sent again under the same key.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, { fingerprint: string; reply: Reply | null }>();

  begin(path: string, key: string, rawBody: string): Started {
    if (key.length < 1 || key.length > 256) {
      return {
        early: errorReply(400, "invalid_idempotency_key", "Idempotency keys must be 1 to 256 characters."),
      };
    }
    const scoped = `${path}\n${key}`;
    const fingerprint = createHash("sha256").update(rawBody).digest("hex");
    const known = this.entries.get(scoped);
    if (known && known.fingerprint !== fingerprint) {
      return {
        early: errorReply(
          409,
          "invalid_idempotent_request",
          "This idempotency key has already been used on a request with a different payload.",
        ),
      };
    }
    if (known?.reply === null) {
      return {
        early: errorReply(
          409,
          "concurrent_idempotent_requests",
          "Another request with this idempotency key is still in progress.",
        ),
      };
    }
    if (known?.reply) {
      return {
        early: { ...known.reply, headers: { ...known.reply.headers, "idempotent-replayed": "true" } },
      };
    }
    const entry = { fingerprint, reply: null as Reply | null };
    this.entries.set(scoped, entry);
    return {
      settle: (reply) => {
        if (reply.status < 300) entry.reply = reply;
        else this.entries.delete(scoped);
      },
    };
  }
}
