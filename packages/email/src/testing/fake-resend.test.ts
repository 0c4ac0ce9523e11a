import { Resend } from "resend";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeResend, startFakeResend } from "./fake-resend";

// These drive the fake with the real SDK directly, to pin down the parts the mailer tests do not reach.
let server: FakeResend;
let resend: Resend;
beforeAll(async () => {
  server = await startFakeResend();
  resend = new Resend(server.apiKey, { baseUrl: server.url });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const email = { from: "Rapport <hello@rapport.localhost>", to: "ada@example.com", subject: "Hi", text: "Hi" };

describe("fake Resend server", () => {
  it("answers like Resend: { id } and Resend-style error bodies", async () => {
    const ok = await resend.emails.send(email);
    expect(ok.error).toBeNull();
    expect(ok.data?.id).toBe(server.messages[0]?.id);

    const missing = await resend.emails.send({ ...email, subject: "" });
    expect(missing.error).toEqual({
      statusCode: 422,
      name: "validation_error",
      message: "The `subject` field is missing.",
    });
  });

  it("checks the bearer key", async () => {
    const wrong = await new Resend("re_wrong", { baseUrl: server.url }).emails.send(email);
    expect(wrong.error).toMatchObject({ statusCode: 403, name: "invalid_api_key" });
    const none = await fetch(`${server.url}/emails`, { method: "POST", body: JSON.stringify(email) });
    expect(none.status).toBe(401);
    expect(server.messages).toHaveLength(0);
  });

  it("exposes retry-after on a 429 through the SDK's result headers", async () => {
    server.inject({ kind: "rate-limit", retryAfterSeconds: 3 });
    const limited = await resend.emails.send(email);
    expect(limited.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(limited.headers?.["retry-after"]).toBe("3");
  });

  it("limits to R requests per rolling second on its own clock", async () => {
    let clock = 1_000_000;
    const limited = await startFakeResend({ now: () => clock });
    try {
      limited.setRateLimit(2);
      const client = new Resend(limited.apiKey, { baseUrl: limited.url });
      expect((await client.emails.send(email)).error).toBeNull();
      clock += 400;
      expect((await client.emails.send(email)).error).toBeNull();
      const third = await client.emails.send(email);
      expect(third.error?.statusCode).toBe(429);
      expect(third.headers).toMatchObject({
        "retry-after": "1",
        "ratelimit-limit": "2",
        "ratelimit-remaining": "0",
      });
      clock += 600; // the first request leaves the window
      expect((await client.emails.send(email)).error).toBeNull();
      expect(limited.messages).toHaveLength(3);
    } finally {
      await limited.close();
    }
  });

  it("supports permissive batch validation", async () => {
    const result = await resend.batch.send([email, { ...email, to: "nope" }], {
      batchValidation: "permissive",
    });
    expect(result.data?.data).toHaveLength(1);
    expect(result.data).toMatchObject({ errors: [{ index: 1 }] });
    expect(server.messages).toHaveLength(1);
  });

  it("rejects a whole strict batch with one bad email", async () => {
    const result = await resend.batch.send([email, { ...email, to: "nope" }]);
    expect(result.error).toMatchObject({
      statusCode: 422,
      message: expect.stringMatching(/^Email at index 1:/),
    });
    expect(server.messages).toHaveLength(0);
  });

  it("lets another process read what arrived, through the SDK's get and list", async () => {
    const { data } = await resend.emails.send({ ...email, html: "<p>Hi</p>" });
    const fetched = await resend.emails.get(data?.id ?? "");
    expect(fetched.data).toMatchObject({
      id: data?.id,
      to: ["ada@example.com"],
      html: "<p>Hi</p>",
      text: "Hi",
    });
    const listed = await resend.emails.list();
    expect(listed.data?.data.map((entry) => entry.id)).toEqual([data?.id]);
  });

  it("waitForMessage resolves on arrival and times out with what it did see", async () => {
    const waiting = server.waitForMessage((m) => m.subject === "Later", 1_000);
    await resend.emails.send({ ...email, subject: "Later" });
    expect((await waiting).subject).toBe("Later");
    await expect(server.waitForMessage((m) => m.subject === "Never", 20)).rejects.toThrow(
      'No matching email within 20 ms; received 1: "Later" → ada@example.com',
    );
  });

  it("closes even with a request hanging", async () => {
    const other = await startFakeResend();
    other.inject({ kind: "hang" });
    const pending = fetch(`${other.url}/emails`, { method: "POST", body: "{}" }).catch(() => "aborted");
    await other.waitForMessage(() => false, 20).catch(() => {});
    await other.close();
    expect(await pending).toBe("aborted");
  });
});
