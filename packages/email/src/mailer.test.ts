import { describe, expect, it, vi } from "vitest";
import { EmailSendError } from "./errors";
import { createMailer } from "./mailer";
import type { EmailMessage, OutboxEmail } from "./message";

const retry = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 };
const from = "Rapport <hello@rapport.localhost>";
const message: EmailMessage = {
  to: "ada@example.com",
  subject: "Hello",
  html: "<p>Hello</p>",
  text: "Hello",
  headers: { "List-Unsubscribe": "<https://rapport.localhost/u/1>" },
  tags: [{ name: "category", value: "digest" }],
  idempotencyKey: "digest/u1/2026-W10",
};

function recordingOutbox() {
  const saved: OutboxEmail[] = [];
  return { saved, outbox: { save: vi.fn(async (email: OutboxEmail) => void saved.push(email)) } };
}

describe("createMailer", () => {
  it("refuses to exist without a way to send", () => {
    expect(() => createMailer({ from, retry })).toThrow(
      /no way to send email: give an apiKey .* or an outbox/,
    );
  });

  it("refuses an empty key, a malformed sender and a bad retry policy", () => {
    const { outbox } = recordingOutbox();
    expect(() => createMailer({ apiKey: " ", from, retry })).toThrow(/apiKey is empty/);
    expect(() => createMailer({ outbox, from: "Rapport", retry })).toThrow(
      /from "Rapport" is not an email address/,
    );
    expect(() => createMailer({ outbox, from, retry: { ...retry, attempts: 0 } })).toThrow(/retry.attempts/);
    expect(() => createMailer({ outbox, from, retry, timeoutMs: 0 })).toThrow(/timeoutMs/);
  });

  it("prefers Resend when both a key and an outbox are given", () => {
    const { outbox } = recordingOutbox();
    expect(
      createMailer({ apiKey: "re_1", baseUrl: "http://127.0.0.1:9", outbox, from, retry }).transport,
    ).toBe("resend");
  });

  it("checks the message before handing it to any transport", async () => {
    const { outbox } = recordingOutbox();
    const mailer = createMailer({ outbox, from, retry });
    const bad = {
      ...message,
      to: "not-an-address",
      subject: "Two\nlines",
      tags: [{ name: "a b", value: "c" }],
    };
    const error = await mailer.send(bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmailSendError);
    expect(error).toMatchObject({ kind: "invalid_message", transport: "outbox" });
    expect((error as Error).message).toMatch(/to: "not-an-address" is not an email address/);
    expect((error as Error).message).toMatch(/subject: must be one line/);
    expect((error as Error).message).toMatch(/tags: "a b=c"/);
    expect(outbox.save).not.toHaveBeenCalled();
  });
});

describe("dev outbox transport", () => {
  it("hands the whole message, with sender and an id, to outbox.save", async () => {
    const { saved, outbox } = recordingOutbox();
    const mailer = createMailer({ outbox, from, retry });
    const sent = await mailer.send(message);
    expect(mailer.transport).toBe("outbox");
    expect(outbox.save).toHaveBeenCalledTimes(1);
    expect(saved[0]).toEqual({ ...message, from, id: sent.id });
    expect(sent).toEqual({ id: expect.stringMatching(/^outbox_/), transport: "outbox", attempts: 1 });
  });

  it("uses the id the outbox returns (e.g. the row it already had for this idempotency key)", async () => {
    const mailer = createMailer({ outbox: { save: async () => ({ id: "row_7" }) }, from, retry });
    expect((await mailer.send(message)).id).toBe("row_7");
  });

  it("never drops an email silently: a failing save is an EmailSendError", async () => {
    const mailer = createMailer({
      outbox: {
        save: async () => {
          throw new Error("relation email_outbox does not exist");
        },
      },
      from,
      retry,
    });
    await expect(mailer.send(message)).rejects.toMatchObject({
      name: "EmailSendError",
      kind: "outbox_failed",
      message: "Email not stored in the dev outbox: relation email_outbox does not exist",
    });
  });

  it("stores a batch one by one, deriving a key per message from the batch key", async () => {
    const { saved, outbox } = recordingOutbox();
    const mailer = createMailer({ outbox, from, retry });
    const { idempotencyKey: _, ...batchMessage } = message;
    const sent = await mailer.sendBatch([batchMessage, { ...batchMessage, to: "b@example.com" }], {
      idempotencyKey: "run/42",
    });
    expect(saved.map((email) => [email.to, email.idempotencyKey])).toEqual([
      ["ada@example.com", "run/42#0"],
      ["b@example.com", "run/42#1"],
    ]);
    expect(sent.ids).toEqual(saved.map((email) => email.id));
  });

  it("refuses a per-message idempotency key inside a batch", async () => {
    const { outbox } = recordingOutbox();
    const mailer = createMailer({ outbox, from, retry });
    await expect(mailer.sendBatch([message])).rejects.toThrow(/idempotencyKey belongs to the whole batch/);
  });
});

describe("createMailerFromEnv", () => {
  it("uses the dev outbox when RESEND_API_KEY is unset, and says clearly when there is none", async () => {
    vi.resetModules();
    vi.stubEnv("RESEND_API_KEY", "");
    vi.stubEnv("EMAIL_FROM", "Team <team@rapport.localhost>");
    try {
      const { createMailerFromEnv } = await import("./mailer-from-env");
      const { saved, outbox } = recordingOutbox();
      const mailer = createMailerFromEnv({ outbox });
      expect(mailer).toMatchObject({ transport: "outbox", from: "Team <team@rapport.localhost>" });
      await mailer.send({ ...message, idempotencyKey: undefined });
      expect(saved).toHaveLength(1);
      expect(() => createMailerFromEnv()).toThrow(/no way to send email/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
