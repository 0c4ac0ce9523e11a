// Which IP addresses a server may fetch from on a user's behalf. Anything not clearly public is refused, so
// a calendar URL cannot be used to reach the server itself, the cloud metadata service or the office LAN.

export type AddressKind =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "shared"
  | "multicast"
  | "broadcast"
  | "documentation"
  | "reserved"
  | "invalid";

function parseIPv4Part(part: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return Number.parseInt(part, 8);
  if (/^(0|[1-9]\d*)$/.test(part)) return Number(part);
  return null;
}

/**
 * IPv4 as the WHATWG URL parser (and thus fetch) reads a host: 1 to 4 parts, each decimal, octal (leading
 * 0) or hex (0x), the last filling the remaining bytes. So "2130706433", "0x7f.1" and "127.1" are all
 * 127.0.0.1. Returns the address as an unsigned 32-bit number, or null.
 */
export function parseIPv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const numbers = parts.map(parseIPv4Part);
  if (numbers.some((n) => n === null || !Number.isSafeInteger(n))) return null;
  const values = numbers as number[];
  const last = values.pop() ?? 0;
  if (values.some((n) => n > 255) || last >= 256 ** (4 - values.length)) return null;
  return values.reduce((sum, n, i) => sum + n * 256 ** (3 - i), 0) + last;
}

/** An IPv6 address as 8 groups of 16 bits (brackets and a %zone suffix allowed), or null. */
export function parseIPv6(text: string): number[] | null {
  let s = text.trim().toLowerCase();
  if (s.startsWith("[") && s.endsWith("]")) s = s.slice(1, -1);
  s = s.replace(/%[^%]*$/, "");
  let tail: number[] = [];
  const dotted = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted) {
    const octets = (dotted[2] ?? "").split(".").map(Number);
    if (
      octets.some((o) => o > 255) ||
      (dotted[2] ?? "").split(".").some((o) => o.length > 1 && o.startsWith("0"))
    ) {
      return null;
    }
    const [a = 0, b = 0, c = 0, d = 0] = octets;
    tail = [(a << 8) | b, (c << 8) | d];
    s = dotted[1]?.endsWith("::") ? (dotted[1] ?? "") : (dotted[1] ?? "").slice(0, -1);
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string | undefined) => (half ? half.split(":") : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  const explicit = head.length + rest.length + tail.length;
  if (halves.length === 1 ? explicit !== 8 : explicit > 7) return null;
  const zeros = Array(8 - explicit).fill(0);
  return [
    ...head.map((g) => Number.parseInt(g, 16)),
    ...zeros,
    ...rest.map((g) => Number.parseInt(g, 16)),
    ...tail,
  ];
}

const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;

// Order matters: the first matching range wins. Sources: the IANA IPv4 and IPv6 special-purpose registries.
const IPV4_RANGES: [number, number, AddressKind][] = [
  [v4(255, 255, 255, 255), 32, "broadcast"],
  [v4(0, 0, 0, 0), 8, "unspecified"],
  [v4(10, 0, 0, 0), 8, "private"],
  [v4(100, 64, 0, 0), 10, "shared"],
  [v4(127, 0, 0, 0), 8, "loopback"],
  [v4(169, 254, 0, 0), 16, "link-local"],
  [v4(172, 16, 0, 0), 12, "private"],
  [v4(192, 0, 0, 0), 24, "reserved"],
  [v4(192, 0, 2, 0), 24, "documentation"],
  [v4(192, 88, 99, 0), 24, "reserved"],
  [v4(192, 168, 0, 0), 16, "private"],
  [v4(198, 18, 0, 0), 15, "reserved"],
  [v4(198, 51, 100, 0), 24, "documentation"],
  [v4(203, 0, 113, 0), 24, "documentation"],
  [v4(224, 0, 0, 0), 4, "multicast"],
  [v4(240, 0, 0, 0), 4, "reserved"],
];

export function classifyIPv4(address: number): AddressKind {
  for (const [base, bits, kind] of IPV4_RANGES) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((address & mask) >>> 0 === base) return kind;
  }
  return "public";
}

function toBigInt(groups: readonly number[]): bigint {
  return groups.reduce((n, g) => (n << 16n) | BigInt(g), 0n);
}

function inPrefix(address: bigint, prefix: string, bits: number): boolean {
  const base = parseIPv6(prefix);
  if (!base) return false;
  const shift = BigInt(128 - bits);
  return address >> shift === toBigInt(base) >> shift;
}

type Embedded = "mapped" | "nat64" | "6to4";

const IPV6_RANGES: [string, number, AddressKind | Embedded][] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["::ffff:0:0", 96, "mapped"],
  ["64:ff9b::", 96, "nat64"],
  ["64:ff9b:1::", 48, "private"],
  ["100::", 64, "reserved"],
  ["2001:db8::", 32, "documentation"],
  ["2001::", 23, "reserved"],
  ["2002::", 16, "6to4"],
  ["3fff::", 20, "documentation"],
  ["fc00::", 7, "private"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "private"],
  ["ff00::", 8, "multicast"],
  // Only 2000::/3 is allocated as global unicast; everything else (incl. ::/96 IPv4-compatible) is reserved.
  ["2000::", 3, "public"],
];

export function classifyIPv6(groups: readonly number[]): AddressKind {
  const address = toBigInt(groups);
  for (const [prefix, bits, kind] of IPV6_RANGES) {
    if (!inPrefix(address, prefix, bits)) continue;
    // These carry an IPv4 address that the packet really goes to; judge that address.
    if (kind === "mapped" || kind === "nat64") return classifyIPv4(Number(address & 0xffffffffn));
    if (kind === "6to4") return classifyIPv4(Number((address >> 80n) & 0xffffffffn));
    return kind;
  }
  return "reserved";
}

/** What kind of address `ip` is: IPv4 in any spelling fetch accepts, or IPv6 (with or without brackets). */
export function classifyAddress(ip: string): AddressKind {
  const text = ip.trim();
  if (text.includes(":")) {
    const groups = parseIPv6(text);
    return groups ? classifyIPv6(groups) : "invalid";
  }
  const address = parseIPv4(text);
  return address === null ? "invalid" : classifyIPv4(address);
}

/** True only for a routable public unicast address; anything unparseable is not public. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === "public";
}

/** Canonical text of an IPv4 number. */
export function formatIPv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join(".");
}
