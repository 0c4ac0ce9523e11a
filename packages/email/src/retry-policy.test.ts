import { describe, expect, it } from "vitest";
import { assertValidRetryPolicy, backoffDelayMs, retryAfterMs } from "./retry-policy";

const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };

describe("retryAfterMs", () => {
  const now = Date.parse("2026-03-02T08:00:00Z");
  it("reads seconds, HTTP dates, and falls back to ratelimit-reset", () => {
    expect(retryAfterMs({ "retry-after": "2" }, now)).toBe(2000);
    expect(retryAfterMs({ "retry-after": "0.25" }, now)).toBe(250);
    expect(retryAfterMs({ "retry-after": "Mon, 02 Mar 2026 08:00:03 GMT" }, now)).toBe(3000);
    expect(retryAfterMs({ "ratelimit-reset": "1" }, now)).toBe(1000);
  });
  it("says nothing when there is nothing usable", () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs({}, now)).toBeNull();
    expect(retryAfterMs({ "retry-after": "soon" }, now)).toBeNull();
  });
});

describe("backoffDelayMs", () => {
  it("doubles from the base, within equal jitter, and stops at the cap", () => {
    expect(backoffDelayMs(1, policy, () => 0)).toBe(50);
    expect(backoffDelayMs(1, policy, () => 0.999)).toBe(100);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(200);
    expect(backoffDelayMs(10, policy, () => 0.999)).toBe(1000);
  });
});

describe("assertValidRetryPolicy", () => {
  it("accepts a sane policy and names the bad field otherwise", () => {
    expect(() => assertValidRetryPolicy(policy)).not.toThrow();
    expect(() => assertValidRetryPolicy({ ...policy, attempts: 0 })).toThrow(/retry.attempts/);
    expect(() => assertValidRetryPolicy({ ...policy, baseDelayMs: -1 })).toThrow(/retry.baseDelayMs/);
    expect(() => assertValidRetryPolicy({ ...policy, maxDelayMs: 10 })).toThrow(/retry.maxDelayMs/);
  });
});
