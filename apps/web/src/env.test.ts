import { afterEach, describe, expect, it, vi } from "vitest";
import { devMailboxEnabled } from "./env";

// vi.stubEnv changes process.env for one test; unstubAllEnvs puts every variable back as it was.
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the development mailbox (it shows everyone's sign-in links)", () => {
  it("is open on the embedded demo without an email provider", () => {
    vi.stubEnv("RESEND_API_KEY", undefined);
    vi.stubEnv("RAPPORT_DEV_MAILBOX", undefined);
    expect(devMailboxEnabled("pglite")).toBe(true);
  });
  it("is closed on a real database unless explicitly enabled", () => {
    vi.stubEnv("RESEND_API_KEY", undefined);
    vi.stubEnv("RAPPORT_DEV_MAILBOX", undefined);
    expect(devMailboxEnabled("postgres")).toBe(false);
    vi.stubEnv("RAPPORT_DEV_MAILBOX", "true");
    expect(devMailboxEnabled("postgres")).toBe(true);
  });
  it("is closed whenever emails really go out", () => {
    vi.stubEnv("RESEND_API_KEY", "re_live_key");
    vi.stubEnv("RAPPORT_DEV_MAILBOX", "true");
    expect(devMailboxEnabled("pglite")).toBe(false);
  });
});
