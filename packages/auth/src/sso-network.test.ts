import { createServer } from "node:net";
import { afterEach, describe, expect, test, vi } from "vitest";
import { logAuthError } from "./logger";
import { describeProviderFailure } from "./sso/provider";

async function failedFetch(url: string): Promise<unknown> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    return error;
  }
  throw new Error(`${url} answered`);
}

/** A local port nothing listens on (opened, then closed again). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("why the identity provider could not be reached", () => {
  afterEach(() => vi.restoreAllMocks());

  test("a refused connection and an unknown host are named in the log, not just 'fetch failed'", async () => {
    const issuer = `https://127.0.0.1:${await closedPort()}`;
    const refused = await failedFetch(`${issuer}/.well-known/openid-configuration`);
    expect(String(refused)).toMatch(/fetch failed/);
    expect(describeProviderFailure("Discovery", issuer, refused)).toBe(
      `[sso] Discovery at ${issuer} failed: the provider refused the connection (nothing listens there) (ECONNREFUSED).`,
    );
    const unknown = await failedFetch("https://idp.rapport-test.invalid/.well-known/openid-configuration");
    expect(describeProviderFailure("Discovery", undefined, unknown)).toMatch(/does not resolve \(DNS\)/);
  });

  test("Auth.js's wrapped error is logged with the underlying cause", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      lines.push(args.join(" "));
    });
    const cause = await failedFetch(`https://127.0.0.1:${await closedPort()}/`);
    // Auth.js wraps the thrown error as { cause: { err } } in its own error types.
    const wrapped = Object.assign(new Error("Read more at https://errors.authjs.dev#signinerror"), {
      type: "SignInError",
      cause: { err: cause },
    });
    logAuthError(wrapped, "https://login.example.com");
    expect(lines[0]).toBe("[auth][error] SignInError: Read more at https://errors.authjs.dev#signinerror");
    expect(lines[1]).toMatch(
      /identity provider at https:\/\/login\.example\.com could not be reached: .*ECONNREFUSED/,
    );
  });
});
