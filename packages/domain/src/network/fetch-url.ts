// Whether a user-supplied calendar URL may be fetched by the server. Pure: the caller does the I/O and must
// also (1) check every address the host resolves to with `isPublicAddress` and connect to that checked
// address (a second lookup could be rebound to an internal one), (2) run each redirect's target through
// checkFetchUrl again, and (3) keep to the limits in `calendarFetchPolicy`.
import { classifyIPv4, classifyIPv6, formatIPv4, parseIPv4, parseIPv6 } from "./addresses";

/**
 * Limits for the I/O side. Ports: public calendar feeds are served on 80/443, sometimes 8080/8443; other
 * ports are far more often internal services (databases, admin consoles) than calendars, so they are refused.
 */
export const calendarFetchPolicy = {
  allowedPorts: [80, 443, 8080, 8443] as readonly number[],
  maxUrlLength: 2048,
  maxRedirects: 3,
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
} as const;

export type FetchUrlCheck =
  | {
      ok: true;
      /** The URL to request: normalised, webcal mapped to https, fragment dropped. Fetch this, not the input. */
      url: string;
      protocol: "http:" | "https:";
      /** Lower-case host name, or the canonical IP address (IPv6 without brackets). */
      host: string;
      port: number;
      /** Set when the host is an IP literal (already checked); null means: resolve and check each address. */
      address: string | null;
    }
  | { ok: false; reason: string };

// Names that never lead to the public internet (RFC 6761, RFC 6762, RFC 8375, common internal suffixes).
const INTERNAL_SUFFIXES = [
  "localhost",
  "local",
  "internal",
  "intranet",
  "lan",
  "home.arpa",
  "localdomain",
  "arpa",
  "test",
  "invalid",
  "example",
  "onion",
];

const fail = (reason: string): FetchUrlCheck => ({ ok: false, reason });

function describe(kind: string): string {
  if (kind === "invalid") return "is not a valid IP address";
  return `is ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} address, not a public one`;
}

// Non-ASCII in path or query is percent-encoded as UTF-8, as a browser would before sending it.
function encodePath(path: string): string | null {
  try {
    return path.replace(/[^\u0021-\u007e]/gu, (ch) => encodeURIComponent(ch));
  } catch {
    return null;
  }
}

function formatIPv6(groups: readonly number[]): string {
  const hex = groups.map((g) => g.toString(16));
  // RFC 5952: compress the longest run of two or more zero groups.
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length && j - i >= 2) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  if (best.start < 0) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}

/**
 * Checks a calendar URL before any request: http(s) only (webcal:// is taken to mean https://), no user
 * name or password, an allowed port, and a host that is a public IP address or a public-looking DNS name.
 */
export function checkFetchUrl(input: string): FetchUrlCheck {
  const text = input.trim();
  if (text.length > calendarFetchPolicy.maxUrlLength) return fail("The URL is too long");
  // Backslashes are read as slashes by browsers' URL parsers; refusing them avoids disagreeing about the host.
  if ([...text].some((ch) => ch <= " " || ch === "\u007f" || ch === "\\"))
    return fail("The URL contains spaces, control characters or backslashes");
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^#]*)/i.exec(text);
  if (!m) return fail("The URL must start with http:// or https://");
  const scheme = (m[1] ?? "").toLowerCase();
  const protocol =
    scheme === "http"
      ? "http:"
      : scheme === "https" || scheme === "webcal" || scheme === "webcals"
        ? "https:"
        : null;
  if (!protocol) return fail(`Only http and https URLs can be fetched, not ${scheme}:`);
  const authority = m[2] ?? "";
  if (authority.includes("@")) return fail("The URL must not contain a user name or password");

  const hostPort = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
  if (!hostPort) return fail("The URL's host or port is not valid");
  const rawHost = (hostPort[1] ?? "").toLowerCase();
  const defaultPort = protocol === "http:" ? 80 : 443;
  const port = hostPort[2] ? Number(hostPort[2]) : defaultPort;
  if (!calendarFetchPolicy.allowedPorts.includes(port)) {
    return fail(`Port ${port} is not allowed; use ${calendarFetchPolicy.allowedPorts.join(", ")} or none`);
  }
  if (rawHost === "") return fail("The URL has no host");

  let host: string;
  let hostInUrl: string;
  let address: string | null = null;
  if (rawHost.startsWith("[")) {
    const groups = parseIPv6(rawHost);
    if (!groups || rawHost.includes("%")) return fail(`The host ${rawHost} is not a valid IPv6 address`);
    const kind = classifyIPv6(groups);
    if (kind !== "public") return fail(`The host ${rawHost} ${describe(kind)}`);
    host = address = formatIPv6(groups);
    hostInUrl = `[${host}]`;
  } else {
    if (rawHost.includes("%")) return fail("The host name must not be percent-encoded");
    if (/[^a-z0-9.\-_]/.test(rawHost)) return fail("The host name must be plain ASCII (use its xn-- form)");
    const name = rawHost.replace(/\.$/, "");
    const labels = name.split(".");
    const last = labels[labels.length - 1] ?? "";
    // As in the WHATWG URL parser: a host whose last label is numeric is an IPv4 address, however spelled.
    if (/^(\d+|0x[0-9a-f]*)$/.test(last)) {
      const v4 = parseIPv4(name);
      if (v4 === null) return fail(`The host ${rawHost} is not a valid IP address`);
      const kind = classifyIPv4(v4);
      if (kind !== "public") return fail(`The host ${rawHost} ${describe(kind)}`);
      host = address = formatIPv4(v4);
    } else {
      if (name.length > 253 || labels.some((l) => l === "" || l.length > 63)) {
        return fail(`The host ${rawHost} is not a valid host name`);
      }
      if (labels.length < 2) return fail(`The host ${rawHost} is not a public host name`);
      const internal = INTERNAL_SUFFIXES.find((s) => name === s || name.endsWith(`.${s}`));
      if (internal) return fail(`The host ${rawHost} is an internal name (.${internal})`);
      host = name;
    }
    hostInUrl = host;
  }

  const path = encodePath(m[3] === "" || m[3]?.startsWith("?") ? `/${m[3] ?? ""}` : (m[3] ?? "/"));
  if (path === null) return fail("The URL's path is not valid text");
  const portInUrl = port === defaultPort ? "" : `:${port}`;
  return { ok: true, url: `${protocol}//${hostInUrl}${portInUrl}${path}`, protocol, host, port, address };
}
