import { afterEach, describe, expect, it } from "vitest";
import { devMailboxEnabled } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("the development mailbox (it shows everyone's sign-in links)", () => {
  it("is open on the embedded demo without an email provider", () => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RAPPORT_DEV_MAILBOX;
    expect(devMailboxEnabled("pglite")).toBe(true);
  });
  it("is closed on a real database unless explicitly enabled", () => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RAPPORT_DEV_MAILBOX;
    expect(devMailboxEnabled("postgres")).toBe(false);
    process.env.RAPPORT_DEV_MAILBOX = "true";
    expect(devMailboxEnabled("postgres")).toBe(true);
  });
  it("is closed whenever emails really go out", () => {
    process.env.RESEND_API_KEY = "re_live_key";
    process.env.RAPPORT_DEV_MAILBOX = "true";
    expect(devMailboxEnabled("pglite")).toBe(false);
  });
});
