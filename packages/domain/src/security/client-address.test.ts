import { describe, expect, it } from "vitest";
import { clientAddress, clientBucket, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies(undefined);

describe("client address for rate limits", () => {
  it("without trusted proxies, is the socket's peer whatever X-Forwarded-For claims", () => {
    for (const spoof of ["198.51.100.1", "1.1.1.1, 2.2.2.2", "", "unknown", "garbage, , ,"]) {
      expect(clientAddress({ socketAddress: "203.0.113.9", forwardedFor: spoof, trusted: none })).toBe(
        "203.0.113.9",
      );
    }
  });

  it("with one trusted hop, is the address our proxy appended (the last one), not the first", () => {
    const trusted = parseTrustedProxies("1");
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 203.0.113.9", trusted })).toBe(
      "203.0.113.9",
    );
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "203.0.113.9", trusted })).toBe(
      "203.0.113.9",
    );
    // Two hops: a CDN in front of a load balancer.
    expect(
      clientAddress({
        socketAddress: "10.0.0.2",
        forwardedFor: "6.6.6.6, 203.0.113.9, 198.51.100.7",
        trusted: parseTrustedProxies("2"),
      }),
    ).toBe("203.0.113.9");
  });

  it("more trusted hops than forwarded values stops at the farthest one known", () => {
    expect(
      clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "", trusted: parseTrustedProxies("3") }),
    ).toBe("10.0.0.2");
  });

  it("with CIDRs, skips our own proxies from the right and stops at the first address that is not ours", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 2001:db8::/32, 192.0.2.1");
    expect(
      clientAddress({
        socketAddress: "::ffff:10.1.2.3",
        forwardedFor: "6.6.6.6, 203.0.113.9, 192.0.2.1, 10.9.9.9",
        trusted,
      }),
    ).toBe("203.0.113.9");
    expect(clientAddress({ socketAddress: "2001:db8::5", forwardedFor: "2606:4700::1", trusted })).toBe(
      "2606:4700::1",
    );
    // A direct visitor (not through our proxy) is the socket address, its header ignored.
    expect(clientAddress({ socketAddress: "203.0.113.50", forwardedFor: "6.6.6.6", trusted })).toBe(
      "203.0.113.50",
    );
  });

  it("refuses settings it cannot read, naming the bad part", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("loadbalancer")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("99")).toThrow(/at most 10/);
    expect(parseTrustedProxies(" 0 ")).toEqual({ hops: 0 });
  });

  it("counts an IPv6 client by its /64 and an IPv4-mapped one as IPv4", () => {
    expect(clientBucket("2001:db8:1:2:aaaa::1")).toBe(clientBucket("2001:db8:1:2:ffff::9"));
    expect(clientBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(clientBucket("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientBucket("203.0.113.9")).toBe("203.0.113.9");
  });
});
