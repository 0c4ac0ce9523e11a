import { schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { AppError } from "@rapport/domain";
import { startFakeResend } from "@rapport/email/testing";
import { describe, expect, vi } from "vitest";
import { magicLinkProvider } from "./config";
import { readAuthEnv } from "./env";
import { LINK_ORIGIN_MISSING, linkOrigin } from "./link-origin";
import { confirmPageUrl, hashMagicToken, magicLinkState } from "./magic-link";
import { clientKey, limitSignInRequest, SIGN_IN_LIMITS } from "./rate-limit";
import { stampedHeaders } from "./socket-address";

const secret = "a-test-secret-that-is-long-enough-123456";

describe("magic links", () => {
  test("a stored link is valid until it expires, and unknown once used", async ({ db }) => {
    const now = new Date("2026-11-27T10:00:00Z");
    await db.insert(schema.verificationTokens).values({
      identifier: "sam@example.test",
      token: hashMagicToken("tok-1", secret),
      expires: new Date(now.getTime() + 30 * 60_000),
    });
    const input = { email: "sam@example.test", token: "tok-1", secret };
    expect(await magicLinkState(db, input, now)).toBe("valid");
    // Checking does not consume: asking again gives the same answer.
    expect(await magicLinkState(db, input, now)).toBe("valid");
    expect(await magicLinkState(db, input, new Date(now.getTime() + 31 * 60_000))).toBe("expired");
    expect(await magicLinkState(db, { ...input, token: "tok-2" }, now)).toBe("used");
    expect(await magicLinkState(db, { ...input, email: "eve@example.test" }, now)).toBe("used");
  });

  test("the emailed link opens the confirm page, never the Auth.js callback", () => {
    const link = confirmPageUrl(
      "https://evil.example/api/auth/callback/email?callbackUrl=https%3A%2F%2Fevil.example%2Ftoday&token=abc&email=sam%40example.test",
      "https://rapport.example.com",
    );
    expect(link).toBe(
      "https://rapport.example.com/sign-in/confirm?token=abc&email=sam%40example.test&callbackUrl=%2Ftoday",
    );
  });

  test("the sign-in email goes through the Resend SDK to the provider, with the confirm link in both parts", async ({
    db,
  }) => {
    const resend = await startFakeResend();
    vi.stubEnv("RESEND_API_KEY", resend.apiKey);
    vi.stubEnv("RESEND_BASE_URL", resend.url);
    try {
      const provider = magicLinkProvider(db, 30);
      await provider.sendVerificationRequest({
        identifier: "sam@example.test",
        // Auth.js builds this from the request's host, which the sender controls (X-Forwarded-Host).
        url: "https://evil.example/api/auth/callback/email?callbackUrl=https%3A%2F%2Fevil.example%2Finvite%2Fabc&token=xyz&email=sam%40example.test",
        expires: new Date(),
        provider: provider as never,
        token: "xyz",
        theme: {},
        request: new Request("http://localhost:3000"),
      });
      const message = await resend.waitForMessage((m) => m.to.includes("sam@example.test"), 5_000);
      expect(message.subject).toMatch(/sign-in link/i);
      const confirm =
        "http://localhost:3000/sign-in/confirm?token=xyz&amp;email=sam%40example.test&amp;callbackUrl=%2Finvite%2Fabc";
      expect(message.html).toContain(confirm);
      expect(message.text).toContain(confirm.replaceAll("&amp;", "&"));
      expect(message.text).toMatch(/30 minutes/);
      expect(`${message.html}${message.text}`).not.toContain("evil.example");
    } finally {
      vi.unstubAllEnvs();
      await resend.close();
    }
  });

  test("links use AUTH_URL; without it a production server refuses to send them and says why", async ({
    db,
  }) => {
    const env = (over: Record<string, string>) =>
      readAuthEnv({ PORT: "4310", NODE_ENV: "development", ...over });
    expect(linkOrigin("pglite", env({}))).toEqual({ ok: true, origin: "http://localhost:4310" });
    expect(linkOrigin("postgres", env({ AUTH_URL: "https://rapport.example.com/x" }))).toEqual({
      ok: true,
      origin: "https://rapport.example.com",
    });
    expect(linkOrigin("postgres", env({}))).toEqual({ ok: false, reason: LINK_ORIGIN_MISSING });
    expect(LINK_ORIGIN_MISSING).toMatch(/AUTH_URL/);

    const outbox = await db.select().from(schema.emailOutbox);
    const provider = magicLinkProvider(db, 30, "postgres");
    await expect(
      provider.sendVerificationRequest({
        identifier: "sam@example.test",
        url: "https://evil.example/api/auth/callback/email?token=xyz&email=sam%40example.test",
        expires: new Date(),
        provider: provider as never,
        token: "xyz",
        theme: {},
        request: new Request("https://evil.example"),
      }),
    ).rejects.toThrow(/AUTH_URL/);
    expect(await db.select().from(schema.emailOutbox)).toHaveLength(outbox.length);
  });
});

describe("sign-in rate limits", () => {
  test("an address gets a few links per window, then a clear wait, whatever the client", async ({ db }) => {
    const now = new Date("2026-11-27T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await limitSignInRequest(db, { email: "Sam@Example.test", client: `10.0.0.${i}` }, now);
    }
    const refused = limitSignInRequest(db, { email: "sam@example.test", client: "10.0.0.99" }, now);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toThrow(/Too many sign-in links were asked for\. Please wait \d+ minutes?/);
    // Another address from another client is unaffected, and the next window starts afresh.
    await limitSignInRequest(db, { email: "eve@example.test", client: "10.0.1.1" }, now);
    const later = new Date(now.getTime() + SIGN_IN_LIMITS.windowSeconds * 1000);
    await limitSignInRequest(db, { email: "sam@example.test", client: "10.0.0.1" }, later);
  });

  test("one client cannot spray links at many addresses", async ({ db }) => {
    const now = new Date("2026-11-27T11:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.perClient; i++) {
      await limitSignInRequest(db, { email: `person${i}@example.test`, client: "203.0.113.7" }, now);
    }
    await expect(
      limitSignInRequest(db, { email: "new@example.test", client: "203.0.113.7" }, now),
    ).rejects.toThrow(/Too many sign-in links/);
  });

  test("the refusal reads the same for an address with an account and one without", async ({ db }) => {
    const now = new Date("2026-11-27T12:00:00Z");
    await db.insert(schema.users).values({ email: "known@example.test", name: "Known" });
    const messages: string[] = [];
    for (const email of ["known@example.test", "unknown@example.test"]) {
      for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++)
        await limitSignInRequest(db, { email, client: email }, now);
      messages.push(
        await limitSignInRequest(db, { email, client: email }, now).then(
          () => "allowed",
          (e: Error) => e.message,
        ),
      );
    }
    expect(messages[0]).toBe(messages[1]);
  });

  test("spoofed X-Forwarded-For values do not move a client's bucket: the 21st request is refused", async ({
    db,
  }) => {
    const now = new Date("2026-11-27T13:00:00Z");
    const attempt = (i: number) =>
      limitSignInRequest(
        db,
        {
          email: `spray${i}@example.test`,
          client: clientKey(stampedHeaders("203.0.113.7", { "x-forwarded-for": `198.51.100.${i}` }), ""),
        },
        now,
      );
    for (let i = 0; i < SIGN_IN_LIMITS.perClient; i++) await attempt(i);
    await expect(attempt(99)).rejects.toThrow(/Too many sign-in links/);
    // Someone else, on another socket, is not blocked by it.
    await limitSignInRequest(
      db,
      { email: "other@example.test", client: clientKey(stampedHeaders("203.0.113.8"), "") },
      now,
    );
  });

  test("the client is the socket's address, or with TRUSTED_PROXIES the hop our proxy saw", () => {
    const spoofed = { "x-forwarded-for": "6.6.6.6, 198.51.100.4" };
    expect(clientKey(stampedHeaders("203.0.113.7", spoofed), "")).toBe("203.0.113.7");
    expect(clientKey(stampedHeaders("10.0.0.2", spoofed), "1")).toBe("198.51.100.4");
    expect(clientKey(stampedHeaders("10.0.0.2", spoofed), "10.0.0.0/8")).toBe("198.51.100.4");
    // A client writing our stamp header itself is not believed.
    expect(clientKey(new Headers({ "x-rapport-socket-address": "x 1.2.3.4", ...spoofed }), "")).toBe(
      "unknown",
    );
  });
});
