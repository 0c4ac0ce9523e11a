import { describe, expect, it } from "vitest";
import { classifyAddress, isPublicAddress, parseIPv4, parseIPv6 } from "./addresses";

describe("parseIPv4", () => {
  it("reads every spelling the WHATWG URL parser accepts", () => {
    const loopback = 0x7f000001;
    expect(parseIPv4("127.0.0.1")).toBe(loopback);
    expect(parseIPv4("2130706433")).toBe(loopback);
    expect(parseIPv4("0x7f.1")).toBe(loopback);
    expect(parseIPv4("127.1")).toBe(loopback);
    expect(parseIPv4("0177.0.0.1")).toBe(loopback);
    expect(parseIPv4("0x7f000001")).toBe(loopback);
    expect(parseIPv4("127.0.1")).toBe(loopback);
    expect(parseIPv4("127.0.0.1.")).toBe(loopback);
  });

  it.each(["256.0.0.1", "1.2.3.4.5", "1.2.3.256", "08.1.1.1", "1..2.3", "", "4294967296", "a.b.c.d"])(
    "rejects %j",
    (text) => {
      expect(parseIPv4(text)).toBeNull();
    },
  );
});

describe("parseIPv6", () => {
  it("reads compressed, full, dotted and bracketed forms", () => {
    expect(parseIPv6("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("[2001:DB8::8:800:200C:417A]")).toEqual([
      0x2001, 0xdb8, 0, 0, 0x8, 0x800, 0x200c, 0x417a,
    ]);
    expect(parseIPv6("::ffff:127.0.0.1")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIPv6("fe80::1%eth0")).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it.each(["1:2:3:4:5:6:7", "1::2::3", "12345::", "::ffff:1.2.3.256", "g::1", ":1::", "1:2:3:4:5:6:7:8:9"])(
    "rejects %j",
    (text) => {
      expect(parseIPv6(text)).toBeNull();
    },
  );
});

describe("classifyAddress (IPv4)", () => {
  it.each([
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["100.64.0.1", "shared"],
    ["100.127.255.254", "shared"],
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["169.254.169.254", "link-local"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.0.0.8", "reserved"],
    ["192.0.2.10", "documentation"],
    ["192.88.99.1", "reserved"],
    ["192.168.1.1", "private"],
    ["198.18.0.1", "reserved"],
    ["198.19.255.255", "reserved"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.9", "documentation"],
    ["224.0.0.251", "multicast"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
    ["2130706433", "loopback"],
    ["0x7f.1", "loopback"],
    ["127.1", "loopback"],
    ["0xa9.0xfe.0xa9.0xfe", "link-local"],
    ["not an address", "invalid"],
  ])("%s is %s", (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.0",
    "192.169.0.1",
    "223.255.255.254",
  ])("%s is public", (ip) => {
    expect(classifyAddress(ip)).toBe("public");
    expect(isPublicAddress(ip)).toBe(true);
  });
});

describe("classifyAddress (IPv6)", () => {
  it.each([
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["::127.0.0.1", "reserved"],
    ["64:ff9b::7f00:1", "loopback"],
    ["64:ff9b::192.168.0.1", "private"],
    ["64:ff9b:1::1", "private"],
    ["100::1", "reserved"],
    ["2001:db8::1", "documentation"],
    ["2001::1", "reserved"],
    ["2002:7f00:1::", "loopback"],
    ["2002:c0a8:101::1", "private"],
    ["3fff::1", "documentation"],
    ["fc00::1", "private"],
    ["fd12:3456:789a::1", "private"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fec0::1", "private"],
    ["ff02::1", "multicast"],
    ["4000::1", "reserved"],
    ["::g", "invalid"],
  ])("%s is %s", (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    "2606:4700:4700::1111",
    "2a00:1450:4001:81b::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ])("%s is public", (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
});
