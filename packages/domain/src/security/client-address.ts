// Which address a request came from, for per-client limits. X-Forwarded-For is written by whoever sent
// the request, so it is only believed for the hops the operator says are their own proxies.
import { parseIPv4, parseIPv6 } from "../network/addresses";

export type TrustedProxies = { hops: number } | { cidrs: { bits: number[]; prefix: number }[] };

function toBits(address: string): number[] | null {
  const v4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(address) ? parseIPv4(address) : null;
  if (v4 !== null) return Array.from({ length: 32 }, (_, i) => (v4 >>> (31 - i)) & 1);
  const v6 = address.includes(":") ? parseIPv6(address) : null;
  if (!v6) return null;
  // An IPv4 client seen through an IPv6 socket (::ffff:a.b.c.d) is that IPv4 address.
  if (v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff) {
    return toBits(`${(v6[6] ?? 0) >> 8}.${(v6[6] ?? 0) & 255}.${(v6[7] ?? 0) >> 8}.${(v6[7] ?? 0) & 255}`);
  }
  return v6.flatMap((group) => Array.from({ length: 16 }, (_, i) => (group >> (15 - i)) & 1));
}

/**
 * Reads TRUSTED_PROXIES: empty or "0" (no proxy: the socket address is the client), a number of proxy
 * hops in front of the app, or a comma list of addresses and CIDR ranges of those proxies.
 * Throws a message naming the bad part.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? "").trim();
  if (text === "") return { hops: 0 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error("TRUSTED_PROXIES: at most 10 proxy hops");
    return { hops };
  }
  const cidrs = text.split(",").map((part) => {
    const [address = "", prefixText] = part.trim().split("/");
    const bits = toBits(address);
    const prefix = prefixText === undefined ? bits?.length : Number(prefixText);
    if (!bits || prefix === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > bits.length) {
      throw new Error(
        `TRUSTED_PROXIES: "${part.trim()}" is not a number of hops, an address or a CIDR range`,
      );
    }
    return { bits, prefix };
  });
  return { cidrs };
}

function inRange(address: string, range: { bits: number[]; prefix: number }): boolean {
  const bits = toBits(address);
  if (!bits || bits.length !== range.bits.length) return false;
  for (let i = 0; i < range.prefix; i++) if (bits[i] !== range.bits[i]) return false;
  return true;
}

/**
 * The client's address: the socket's peer, or, behind trusted proxies, the address the nearest
 * untrusted hop was seen from. Forwarded values beyond the trusted hops are the client's own words and
 * are ignored. "unknown" only when even the socket address is missing.
 */
export function clientAddress(input: {
  socketAddress: string | null | undefined;
  forwardedFor: string | null | undefined;
  trusted: TrustedProxies;
}): string {
  const socket = input.socketAddress?.trim() || "unknown";
  const forwarded = (input.forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Nearest first: the socket, then what each proxy appended, right to left.
  const chain = [socket, ...forwarded.reverse()];
  if ("hops" in input.trusted) {
    return chain[Math.min(input.trusted.hops, chain.length - 1)] ?? socket;
  }
  const ranges = input.trusted.cidrs;
  for (const hop of chain) if (!ranges.some((range) => inRange(hop, range))) return hop;
  return chain[chain.length - 1] ?? socket; // every hop is a proxy of ours: the farthest one is all we know
}

/**
 * The bucket a client address counts against: an IPv4 address as it is, an IPv6 address by its /64
 * (one home or server usually holds a whole /64, so spreading requests over it must not escape the limit).
 */
export function clientBucket(address: string): string {
  const bits = toBits(address);
  if (!bits) return address.slice(0, 64);
  if (bits.length === 32) {
    return [0, 8, 16, 24].map((start) => Number.parseInt(bits.slice(start, start + 8).join(""), 2)).join(".");
  }
  const groups = [0, 16, 32, 48].map((start) =>
    Number.parseInt(bits.slice(start, start + 16).join(""), 2).toString(16),
  );
  return `${groups.join(":")}::/64`;
}
