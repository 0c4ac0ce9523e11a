import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkBearer, IdempotencyStore, RateWindow } from "./fake-resend-guards";
import {
  errorReply,
  type FakeResendMessage,
  parseEmail,
  type Reply,
  toApiEmail,
} from "./fake-resend-payload";

/**
 * A local Resend-compatible API for tests. Point the real SDK at it (RESEND_BASE_URL, or
 * createMailer's baseUrl) and it accepts what the SDK sends: POST /emails, POST /emails/batch
 * (Authorization: Bearer, Idempotency-Key, x-batch-validation) and answers like Resend,
 * including its JSON error bodies { statusCode, name, message } and rate-limit headers.
 */

export type FakeResendFailure =
  /** 429 rate_limit_exceeded with a retry-after header (seconds, default 1). */
  | { kind: "rate-limit"; retryAfterSeconds?: number; times?: number }
  /** 429 daily_quota_exceeded: no point waiting. */
  | { kind: "quota"; times?: number }
  /** 500 internal_server_error, or another 5xx. */
  | { kind: "server-error"; status?: number; times?: number }
  /** Any Resend-style error, e.g. { status: 422, name: "validation_error" }. */
  | { kind: "error"; status: number; name: string; message?: string; times?: number }
  /** Never answer: the client has to time out. Nothing is stored. */
  | { kind: "hang"; times?: number }
  /** Cut the connection without answering (a network error for the client). */
  | { kind: "drop"; times?: number }
  /** Process the request (the email is stored) but answer only after delayMs, or once `until` settles. */
  | { kind: "slow"; delayMs?: number; until?: Promise<unknown>; times?: number };

export interface FakeResendRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** HTTP status answered, or what happened instead. */
  outcome: number | "hang" | "drop";
  at: number;
}

export interface FakeResendOptions {
  /** The key the Authorization header must carry. */
  apiKey?: string;
  /** Clock for the rate limit window and timestamps; a test can advance it instead of sleeping. */
  now?: () => number;
  /** Port to listen on (127.0.0.1); 0, the default, picks a free one. */
  port?: number;
}

export interface FakeResend {
  /** Base URL for RESEND_BASE_URL, e.g. http://127.0.0.1:43121 */
  readonly url: string;
  readonly apiKey: string;
  /** Emails accepted so far, in order of arrival. */
  readonly messages: readonly FakeResendMessage[];
  /** Every request received, failed ones included. */
  readonly requests: readonly FakeResendRequest[];
  /** Queue a failure for the next request(s); queued failures are used up in order. */
  inject(failure: FakeResendFailure): void;
  /** Allow at most this many requests per rolling second (429 beyond); null lifts the limit. */
  setRateLimit(requestsPerSecond: number | null): void;
  /** Resolves with the first message (already received or still to come) that matches. */
  waitForMessage(
    predicate?: (message: FakeResendMessage) => boolean,
    timeoutMs?: number,
  ): Promise<FakeResendMessage>;
  /** Forget messages, requests, failures, idempotency keys and the rate limit. */
  reset(): void;
  close(): Promise<void>;
}

export type { FakeResendAttachment, FakeResendMessage } from "./fake-resend-payload";

export const FAKE_RESEND_API_KEY = "re_test_fake_resend_key";
const MAX_BODY_BYTES = 40 * 1024 * 1024;

type Waiter = { predicate: (message: FakeResendMessage) => boolean; resolve: (m: FakeResendMessage) => void };

export async function startFakeResend(options: FakeResendOptions = {}): Promise<FakeResend> {
  const apiKey = options.apiKey ?? FAKE_RESEND_API_KEY;
  const now = options.now ?? Date.now;
  let messages: FakeResendMessage[] = [];
  let requests: FakeResendRequest[] = [];
  let failures: { failure: FakeResendFailure; left: number }[] = [];
  let idempotency = new IdempotencyStore();
  let rateWindow: RateWindow | null = null;
  const waiters = new Set<Waiter>();
  const timers = new Set<NodeJS.Timeout>();

  function store(incoming: FakeResendMessage[]) {
    for (const message of incoming) {
      messages.push(message);
      for (const waiter of waiters) {
        if (waiter.predicate(message)) {
          waiters.delete(waiter);
          waiter.resolve(message);
        }
      }
    }
  }

  function takeFailure(): FakeResendFailure | null {
    const next = failures[0];
    if (!next) return null;
    next.left -= 1;
    if (next.left <= 0) failures.shift();
    return next.failure;
  }

  function failureReply(failure: FakeResendFailure): Reply | null {
    switch (failure.kind) {
      case "rate-limit": {
        const reply = errorReply(429, "rate_limit_exceeded", "Too many requests. Please slow down.");
        reply.headers = { "retry-after": String(failure.retryAfterSeconds ?? 1) };
        return reply;
      }
      case "quota":
        return errorReply(429, "daily_quota_exceeded", "You have reached your daily email sending quota.");
      case "server-error":
        return errorReply(failure.status ?? 500, "internal_server_error", "An unexpected error occurred.");
      case "error":
        return errorReply(failure.status, failure.name, failure.message ?? `Injected ${failure.name}.`);
      default:
        return null;
    }
  }

  function acceptEmail(raw: unknown, key: string | null): Reply {
    const email = parseEmail(raw);
    if (typeof email === "string") return errorReply(422, "validation_error", email);
    const message = {
      ...email,
      id: randomUUID(),
      idempotencyKey: key,
      batchId: null,
      receivedAt: new Date(now()),
    };
    store([message]);
    return { status: 200, body: { id: message.id } };
  }

  function acceptBatch(raw: unknown, key: string | null, permissive: boolean): Reply {
    if (!Array.isArray(raw) || raw.length === 0 || raw.length > 100) {
      return errorReply(422, "validation_error", "A batch must be an array of 1 to 100 emails.");
    }
    const batchId = randomUUID();
    const accepted: FakeResendMessage[] = [];
    const errors: { index: number; message: string }[] = [];
    raw.forEach((entry, index) => {
      const email = hasAttachments(entry)
        ? "Attachments are not supported in batch sending."
        : parseEmail(entry);
      if (typeof email === "string") {
        errors.push({ index, message: email });
      } else {
        accepted.push({
          ...email,
          id: randomUUID(),
          idempotencyKey: key,
          batchId,
          receivedAt: new Date(now()),
        });
      }
    });
    const [firstError] = errors;
    if (firstError && !permissive) {
      return errorReply(422, "validation_error", `Email at index ${firstError.index}: ${firstError.message}`);
    }
    store(accepted);
    const data = accepted.map(({ id }) => ({ id }));
    return { status: 200, body: permissive ? { data, errors } : { data } };
  }

  function route(
    req: IncomingMessage,
    path: string,
    rawBody: string,
    key: string | null,
  ): { reply: Reply; settle: () => void } {
    const method = req.method ?? "GET";
    const plain = (reply: Reply) => ({ reply, settle: () => {} });
    if (path === "/emails" && method === "GET") {
      const data = [...messages]
        .reverse()
        .map((message) => toApiEmail({ ...message, html: null, text: null }));
      return plain({ status: 200, body: { object: "list", has_more: false, data } });
    }
    const single = /^\/emails\/([^/]+)$/.exec(path);
    if (single && single[1] !== "batch" && method === "GET") {
      const found = messages.find((message) => message.id === single[1]);
      return plain(
        found ? { status: 200, body: toApiEmail(found) } : errorReply(404, "not_found", "Email not found"),
      );
    }
    if (path !== "/emails" && path !== "/emails/batch")
      return plain(errorReply(404, "not_found", "The requested endpoint does not exist."));
    if (method !== "POST") return plain(errorReply(405, "method_not_allowed", "Method not allowed."));
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      return plain(errorReply(400, "validation_error", "The request body is not valid JSON."));
    }
    const permissive = req.headers["x-batch-validation"] === "permissive";
    const produce = () =>
      path === "/emails" ? acceptEmail(parsed, key) : acceptBatch(parsed, key, permissive);
    if (key === null) return plain(produce());
    const started = idempotency.begin(path, key, rawBody);
    if ("early" in started) return plain(started.early);
    const reply = produce();
    return { reply, settle: () => started.settle(reply) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", "http://fake.invalid").pathname;
    const key = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
    const record: FakeResendRequest = {
      method: req.method ?? "GET",
      path,
      idempotencyKey: key,
      outcome: 0,
      at: now(),
    };
    requests.push(record);
    // Injected failures act like a proxy in front of the API: before auth, idempotency or storage.
    const failure = takeFailure();
    if (failure?.kind === "hang") {
      record.outcome = "hang";
      return;
    }
    if (failure?.kind === "drop") {
      record.outcome = "drop";
      return void req.socket.destroy();
    }
    const rawBody = await readBody(req);
    const send = (reply: Reply) => {
      record.outcome = reply.status;
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      res.end(JSON.stringify(reply.body));
    };
    const injected = failure ? failureReply(failure) : null;
    if (injected) return send(injected);
    if (rawBody === null) return send(errorReply(413, "validation_error", "The request body is over 40 MB."));
    // Counted when the request arrived, as a limiter at the API's edge does: a large body that takes a
    // while to read must not be counted later than a small one that came after it.
    const refused = rateWindow?.admit(record.at) ?? checkBearer(req.headers.authorization, apiKey);
    if (refused) return send(refused);
    const { reply, settle } = route(req, path, rawBody, key);
    if (failure?.kind !== "slow") {
      settle();
      return send(reply);
    }
    // Until the answer goes out, the idempotency key counts as in progress.
    const answerLater = () => {
      settle();
      send(reply);
    };
    if (failure.until) return void failure.until.then(answerLater, answerLater);
    const timer = setTimeout(() => {
      timers.delete(timer);
      answerLater();
    }, failure.delayMs ?? 0);
    timers.add(timer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ statusCode: 500, name: "internal_server_error", message: String(error) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    get messages() {
      return messages;
    },
    get requests() {
      return requests;
    },
    inject(failure) {
      failures.push({ failure, left: failure.times ?? 1 });
    },
    setRateLimit(requestsPerSecond) {
      rateWindow = requestsPerSecond === null ? null : new RateWindow(requestsPerSecond);
    },
    waitForMessage(predicate = () => true, timeoutMs = 2000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const subjects = messages.map((message) => `"${message.subject}" → ${message.to.join(", ")}`);
          reject(
            new Error(
              `No matching email within ${timeoutMs} ms; received ${messages.length}: ${subjects.join("; ") || "none"}`,
            ),
          );
        }, timeoutMs);
        const waiter: Waiter = {
          predicate,
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message);
          },
        };
        waiters.add(waiter);
      });
    },
    reset() {
      messages = [];
      requests = [];
      failures = [];
      idempotency = new IdempotencyStore();
      rateWindow = null;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // Hanging requests and keep-alive sockets would otherwise hold close() open.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** The body as text, or null when it is larger than Resend accepts. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function hasAttachments(entry: unknown): boolean {
  return (
    typeof entry === "object" && entry !== null && (entry as { attachments?: unknown }).attachments != null
  );
}
