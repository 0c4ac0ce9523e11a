import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { EmailSendError } from "../errors";
import { type CreateMailerOptions, createMailer } from "../mailer";
import type { EmailMessage } from "../message";
import { renderEmail } from "../render";
import { MagicLinkEmail } from "../templates/magic-link-email";
import { type FakeResend, startFakeResend } from "../testing";

// The real Resend SDK against the local fake: nothing here is mocked except time.
// Real waiting is limited to the time-out tests (~0.7 s in all); their time-outs stay well above what a
// healthy local request takes even on a loaded machine, since the retry after the time-out must succeed.
let server: FakeResend;
beforeAll(async () => {
  server = await startFakeResend();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  // The SDK reads this in `new Resend()`, i.e. inside createMailer, so it must be set first.
  vi.stubEnv("RESEND_BASE_URL", server.url);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const FROM = "Rapport <hello@rapport.localhost>";

function setup(overrides: Partial<CreateMailerOptions> = {}) {
  const waits: number[] = [];
  const mailer = createMailer({
    apiKey: server.apiKey,
    from: FROM,
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 5_000 },
    timeoutMs: 1_000,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...overrides,
  });
  return { mailer, waits };
}

const message = (overrides: Partial<EmailMessage> = {}): EmailMessage => ({
  to: "ada@example.com",
  subject: "Hello",
  html: "<p>Hello</p>",
  text: "Hello",
  ...overrides,
});

async function rejection(promise: Promise<unknown>): Promise<EmailSendError> {
  const error = await promise.then(
    () => expect.fail("expected the send to fail"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EmailSendError);
  return error as EmailSendError;
}

describe("Resend transport, real SDK against the fake server", () => {
  it("delivers from, to, subject, html, text, headers and tags", async () => {
    const { mailer } = setup();
    const url = "https://rapport.localhost/api/auth/callback/email?token=t1";
    const { html, text } = await renderEmail(
      <MagicLinkEmail url={url} host="rapport.localhost" expiresInMinutes={10} />,
    );
    const headers = { "List-Unsubscribe": "<https://rapport.localhost/u/1>", "X-Entity-Ref-ID": "abc" };
    const sent = await mailer.send({
      to: ["ada@example.com"],
      subject: "Your sign-in link for Rapport",
      html,
      text,
      headers,
      tags: [{ name: "category", value: "magic_link" }],
    });

    const received = await server.waitForMessage((m) => m.to.includes("ada@example.com"));
    expect(sent).toEqual({ id: received.id, transport: "resend", attempts: 1 });
    expect(received).toMatchObject({
      from: FROM,
      to: ["ada@example.com"],
      subject: "Your sign-in link for Rapport",
      html,
      text,
      headers,
      tags: [{ name: "category", value: "magic_link" }],
    });
    expect(received.text).toContain(url);
    expect(mailer.transport).toBe("resend");
  });

  it("carries attachments as Resend expects, and the fake keeps them for tests to read", async () => {
    const { mailer } = setup();
    const ics = "BEGIN:VCALENDAR\r\nSUMMARY:Café intro\r\nEND:VCALENDAR\r\n";
    const attachments = [
      { filename: "intro.ics", content: ics, contentType: "text/calendar; method=REQUEST" },
    ];
    await mailer.send(message({ attachments }));
    const received = await server.waitForMessage();
    expect(received.attachments).toEqual([
      { filename: "intro.ics", contentType: "text/calendar; method=REQUEST", content: ics },
    ]);
    const api = await fetch(`${server.url}/emails/${received.id}`, {
      headers: { authorization: `Bearer ${server.apiKey}` },
    }).then((r) => r.json() as Promise<{ attachments: { filename: string; content: string }[] }>);
    expect(Buffer.from(api.attachments[0]?.content ?? "", "base64").toString("utf8")).toBe(ics);

    const bad = await rejection(
      mailer.send(message({ attachments: [{ filename: "../x.ics", content: ics }] })),
    );
    expect(bad.kind).toBe("invalid_message");
  });

  it("uses the base URL the SDK read at construction; an explicit baseUrl needs no env", async () => {
    const { mailer } = setup();
    vi.stubEnv("RESEND_BASE_URL", "http://127.0.0.1:9"); // too late: already read
    await mailer.send(message());
    vi.unstubAllEnvs();
    const explicit = setup({ baseUrl: server.url }).mailer;
    await explicit.send(message({ subject: "Second" }));
    expect(server.messages.map((m) => m.subject)).toEqual(["Hello", "Second"]);
  });

  it("on 429 waits the retry-after, then delivers once", async () => {
    const { mailer, waits } = setup();
    server.inject({ kind: "rate-limit", retryAfterSeconds: 2 });
    const sent = await mailer.send(message());
    expect(waits).toEqual([2_000]);
    expect(sent.attempts).toBe(2);
    expect(server.messages).toHaveLength(1);
    expect(server.requests.map((r) => r.outcome)).toEqual([429, 200]);
  });

  it("on 500 backs off, then delivers, reporting the retry", async () => {
    const retries: string[] = [];
    const { mailer, waits } = setup({
      onRetry: (event) => retries.push(`${event.attempt}:${event.error.kind}`),
    });
    server.inject({ kind: "server-error" });
    const sent = await mailer.send(message());
    expect(waits).toEqual([75]); // base 100, equal jitter at 0.5
    expect(retries).toEqual(["1:server_error"]);
    expect(sent.attempts).toBe(2);
    expect(server.messages).toHaveLength(1);
  });

  it("gives every send without a caller's key its own, so retries of it cannot deliver twice", async () => {
    // Attempt 1 is stored but answered only after our time-out; attempt 2 must not send it again.
    let release = () => {};
    server.inject({ kind: "slow", until: new Promise<void>((resolve) => (release = resolve)) });
    const { mailer } = setup({ timeoutMs: 200, sleep: async () => release() });
    const sent = await mailer.send(message());
    expect(sent).toMatchObject({ id: server.messages[0]?.id, attempts: 2 });
    expect(server.messages).toHaveLength(1);
    const [first, second] = server.requests;
    expect(first?.idempotencyKey).toMatch(/^rapport-send\//);
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
    await mailer.send(message());
    expect(server.messages).toHaveLength(2); // another send, another key
  });

  it("retries a dropped connection", async () => {
    const { mailer } = setup();
    server.inject({ kind: "drop" });
    await mailer.send(message());
    expect(server.requests.map((r) => r.outcome)).toEqual(["drop", 200]);
    expect(server.messages).toHaveLength(1);
  });

  it("aborts a request that hangs past timeoutMs and retries it", async () => {
    const { mailer } = setup({ timeoutMs: 200 });
    server.inject({ kind: "hang" });
    const sent = await mailer.send(message());
    expect(sent.attempts).toBe(2);
    expect(server.requests.map((r) => r.outcome)).toEqual(["hang", 200]);
    expect(server.messages).toHaveLength(1);
  });

  it("gives up on time-outs after the last attempt with a clear error", async () => {
    const { mailer } = setup({ timeoutMs: 60, retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 100 } });
    server.inject({ kind: "hang", times: 2 });
    const error = await rejection(mailer.send(message()));
    expect(error).toMatchObject({ kind: "timeout", attempts: 2, statusCode: null, retryLater: true });
    expect(error.message).toBe(`Resend at ${server.url} did not answer within 60 ms, 2 attempts`);
  });

  it("does not retry a 422 and says what Resend said", async () => {
    const { mailer, waits } = setup();
    server.inject({
      kind: "error",
      status: 422,
      name: "validation_error",
      message: "Invalid `to` field.",
      times: 3,
    });
    const error = await rejection(mailer.send(message()));
    expect(error).toMatchObject({
      kind: "rejected",
      statusCode: 422,
      providerName: "validation_error",
      attempts: 1,
    });
    expect(error.retryLater).toBe(false);
    expect(error.message).toContain("Resend refused the email (422 validation_error: Invalid `to` field.)");
    expect(waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a used-up quota, even though it is a 429", async () => {
    const { mailer } = setup();
    server.inject({ kind: "quota", times: 3 });
    const error = await rejection(mailer.send(message()));
    expect(error).toMatchObject({ kind: "quota_exceeded", statusCode: 429, attempts: 1 });
  });

  it("stops after the last attempt on repeated 5xx", async () => {
    const { mailer, waits } = setup();
    server.inject({ kind: "server-error", status: 503, times: 5 });
    const error = await rejection(mailer.send(message()));
    expect(error).toMatchObject({ kind: "server_error", statusCode: 503, attempts: 3 });
    expect(waits).toEqual([75, 150]);
    expect(server.messages).toHaveLength(0);
  });

  it("fails at once when retry-after is longer than maxDelayMs, passing the wait on", async () => {
    const { mailer, waits } = setup({ retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 } });
    server.inject({ kind: "rate-limit", retryAfterSeconds: 30 });
    const error = await rejection(mailer.send(message()));
    expect(error).toMatchObject({ kind: "rate_limited", retryAfterMs: 30_000, attempts: 1 });
    expect(error.message).toMatch(/asks to wait 30000 ms, more than retry.maxDelayMs 1000 ms/);
    expect(waits).toEqual([]);
  });

  it("refuses a wrong API key without retrying", async () => {
    const { mailer } = setup({ apiKey: "re_wrong" });
    const error = await rejection(mailer.send(message()));
    expect(error).toMatchObject({ kind: "rejected", statusCode: 403, providerName: "invalid_api_key" });
  });

  it("reports an unreachable server as a network error naming the URL", async () => {
    const { mailer } = setup({
      baseUrl: "http://127.0.0.1:9",
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const error = await rejection(mailer.send(message()));
    expect(error).toMatchObject({ kind: "network_error", attempts: 2 });
    expect(error.message).toContain("Could not reach Resend at http://127.0.0.1:9");
  });
});

describe("idempotency", () => {
  it("a reused key delivers once and answers with the same id", async () => {
    const { mailer } = setup();
    const first = await mailer.send(message({ idempotencyKey: "magic-link/tok_1" }));
    const second = await mailer.send(message({ idempotencyKey: "magic-link/tok_1" }));
    expect(second.id).toBe(first.id);
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]?.idempotencyKey).toBe("magic-link/tok_1");
    expect(server.requests.map((r) => r.idempotencyKey)).toEqual(["magic-link/tok_1", "magic-link/tok_1"]);
  });

  it("the same key with another payload is refused, not retried", async () => {
    const { mailer } = setup();
    await mailer.send(message({ idempotencyKey: "k" }));
    const error = await rejection(mailer.send(message({ idempotencyKey: "k", subject: "Changed" })));
    expect(error).toMatchObject({
      kind: "rejected",
      statusCode: 409,
      providerName: "invalid_idempotent_request",
    });
  });

  it("a time-out while Resend is still sending: the retry waits out the 409 and gets the original id", async () => {
    // Attempt 1 is stored but its answer is held back past our time-out; attempt 2 finds the key in
    // progress (409 concurrent_idempotent_requests); we release the answer; attempt 3 gets the replay.
    let release = () => {};
    server.inject({ kind: "slow", until: new Promise<void>((resolve) => (release = resolve)) });
    const { mailer, waits } = setup({
      timeoutMs: 200,
      sleep: async (ms) => {
        waits.push(ms);
        if (waits.length === 2) release();
      },
    });
    const sent = await mailer.send(message({ idempotencyKey: "digest/u1/2026-W10" }));
    expect(server.messages).toHaveLength(1);
    expect(sent).toMatchObject({ id: server.messages[0]?.id, attempts: 3 });
    expect(server.requests.map((r) => r.outcome)).toEqual([200, 409, 200]);
  });
});

describe("sendBatch", () => {
  const three = ["a@example.com", "b@example.com", "c@example.com"].map((to, i) =>
    message({ to, subject: `#${i}` }),
  );

  it("sends 3 emails in one request; they arrive as 3 messages, ids in order", async () => {
    const { mailer } = setup();
    const sent = await mailer.sendBatch(three);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.path).toBe("/emails/batch");
    expect(server.messages.map((m) => [m.to[0], m.subject, m.from])).toEqual([
      ["a@example.com", "#0", FROM],
      ["b@example.com", "#1", FROM],
      ["c@example.com", "#2", FROM],
    ]);
    expect(sent.ids).toEqual(server.messages.map((m) => m.id));
  });

  it("retries a batch like a single email, and its idempotency key covers the whole batch", async () => {
    const { mailer } = setup();
    server.inject({ kind: "rate-limit", retryAfterSeconds: 1 });
    const first = await mailer.sendBatch(three, { idempotencyKey: "digest-run/42/chunk-0" });
    const again = await mailer.sendBatch(three, { idempotencyKey: "digest-run/42/chunk-0" });
    expect(again.ids).toEqual(first.ids);
    expect(first.attempts).toBe(2);
    expect(server.messages).toHaveLength(3);
  });

  it("refuses more than 100 emails before sending anything", async () => {
    const { mailer } = setup();
    const many = Array.from({ length: 101 }, (_, i) => message({ to: `p${i}@example.com` }));
    const error = await rejection(mailer.sendBatch(many));
    expect(error.kind).toBe("invalid_message");
    expect(error.message).toContain("a batch holds at most 100 emails, got 101");
    expect(server.requests).toHaveLength(0);
  });

  it("sends nothing for an empty batch", async () => {
    const { mailer } = setup();
    expect(await mailer.sendBatch([])).toEqual({ ids: [], transport: "resend", attempts: 0 });
    expect(server.requests).toHaveLength(0);
  });
});

describe("rate limit of R requests per second", () => {
  it("paces sequential sends by the retry-after, without sleeping for real", async () => {
    let clock = Date.parse("2026-03-02T08:00:00Z");
    const limited = await startFakeResend({ now: () => clock });
    try {
      limited.setRateLimit(2);
      const mailer = createMailer({
        apiKey: limited.apiKey,
        baseUrl: limited.url,
        from: FROM,
        retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 5_000 },
        sleep: async (ms) => {
          clock += ms;
        },
      });
      for (let i = 0; i < 5; i++) await mailer.send(message({ subject: `#${i}` }));
      expect(limited.messages.map((m) => m.subject)).toEqual(["#0", "#1", "#2", "#3", "#4"]);
      expect(limited.requests.filter((r) => r.outcome === 429)).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});
