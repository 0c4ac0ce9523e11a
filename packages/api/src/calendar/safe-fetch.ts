// Fetches a calendar URL a person gave us without letting it reach anything private. The rules are in
// @rapport/domain/network; this is the I/O: our own DNS lookup, every address checked, the connection made
// to the checked address (no second lookup that could be rebound), redirects followed by hand and checked
// again, and the time and size limits enforced while the body streams.
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import {
  calendarFetchPolicy,
  checkFetchUrl,
  type FetchUrlCheck,
  isPublicAddress,
} from "@rapport/domain/network";

export type SafeFetchResult =
  | { ok: true; body: string; url: string; contentType: string | null }
  | { ok: false; reason: string };

export interface SafeFetchOptions {
  /** Resolves a host name to its addresses (default: the system resolver, all addresses). */
  resolve?: (host: string) => Promise<string[]>;
  /** Whether the server may connect to an address (default: public unicast only). */
  isAllowedAddress?: (address: string) => boolean;
  /** Checks each URL, the first and every redirect's (default: checkFetchUrl). */
  checkUrl?: (url: string) => FetchUrlCheck;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export type CalendarFetcher = (url: string) => Promise<SafeFetchResult>;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

async function systemResolve(host: string): Promise<string[]> {
  const answers = await dnsLookup(host, { all: true, verbatim: true });
  return answers.map((a) => a.address);
}

class FetchRefused extends Error {}

/** Resolves the host (unless it is an IP literal) and insists that every address is allowed. */
async function addressFor(check: Extract<FetchUrlCheck, { ok: true }>, options: Required<SafeFetchOptions>) {
  if (check.address) {
    if (!options.isAllowedAddress(check.address)) {
      throw new FetchRefused(`The host ${check.host} is not a public address`);
    }
    return check.address;
  }
  let addresses: string[];
  try {
    addresses = await options.resolve(check.host);
  } catch {
    throw new FetchRefused(`The host ${check.host} could not be found`);
  }
  if (addresses.length === 0) throw new FetchRefused(`The host ${check.host} could not be found`);
  const refused = addresses.find((a) => !options.isAllowedAddress(a));
  if (refused)
    throw new FetchRefused(`The host ${check.host} points to ${refused}, which is not a public address`);
  return addresses[0] as string;
}

function requestOnce(
  check: Extract<FetchUrlCheck, { ok: true }>,
  address: string,
  options: Required<SafeFetchOptions>,
  signal: AbortSignal,
): Promise<{ response: IncomingMessage; body: () => Promise<string> }> {
  const family = address.includes(":") ? 6 : 4;
  // The connection goes to the address we checked, whatever name the socket layer asks about.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address, family },
      ]);
    } else callback(null, address, family);
  };
  const url = new URL(check.url);
  const lib = check.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = lib.request(
      {
        protocol: check.protocol,
        host: check.host,
        port: check.port,
        path: `${url.pathname}${url.search}`,
        method: "GET",
        lookup: pinned,
        signal,
        ...(check.protocol === "https:" && !check.address ? { servername: check.host } : {}),
        headers: {
          accept: "text/calendar, text/plain;q=0.8, */*;q=0.5",
          "accept-encoding": "identity",
          "user-agent": "Rapport calendar import (+https://rapport.example)",
        },
      },
      (response) => {
        const body = () =>
          new Promise<string>((resolveBody, rejectBody) => {
            const chunks: Buffer[] = [];
            let size = 0;
            response.on("data", (chunk: Buffer) => {
              size += chunk.length;
              if (size > options.maxBytes) {
                rejectBody(
                  new FetchRefused(`The calendar is larger than the limit of ${megabytes(options.maxBytes)}`),
                );
                response.destroy();
                return;
              }
              chunks.push(chunk);
            });
            response.on("end", () => resolveBody(new TextDecoder("utf-8").decode(Buffer.concat(chunks))));
            response.on("error", rejectBody);
            response.on("aborted", () => rejectBody(new Error("aborted")));
          });
        resolve({ response, body });
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/**
 * GETs a calendar, refusing what is not http(s), not public, too slow or too large. Never throws: a refusal
 * or failure comes back as `{ ok: false, reason }` in words a person can act on.
 */
export async function safeFetchCalendar(
  input: string,
  opts: SafeFetchOptions = {},
): Promise<SafeFetchResult> {
  const options: Required<SafeFetchOptions> = {
    resolve: opts.resolve ?? systemResolve,
    isAllowedAddress: opts.isAllowedAddress ?? isPublicAddress,
    checkUrl: opts.checkUrl ?? checkFetchUrl,
    timeoutMs: opts.timeoutMs ?? calendarFetchPolicy.timeoutMs,
    maxBytes: opts.maxBytes ?? calendarFetchPolicy.maxBytes,
    maxRedirects: opts.maxRedirects ?? calendarFetchPolicy.maxRedirects,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let current = input;
    for (let hop = 0; ; hop++) {
      const check = options.checkUrl(current);
      if (!check.ok)
        return {
          ok: false,
          reason: hop === 0 ? check.reason : `Redirected to a refused URL: ${check.reason}`,
        };
      const address = await addressFor(check, options);
      const { response, body } = await requestOnce(check, address, options, controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (hop >= options.maxRedirects) {
          return { ok: false, reason: `The calendar redirected more than ${options.maxRedirects} times` };
        }
        current = new URL(response.headers.location, check.url).toString();
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return { ok: false, reason: `The calendar server answered ${status}` };
      }
      const length = Number(response.headers["content-length"] ?? Number.NaN);
      if (Number.isFinite(length) && length > options.maxBytes) {
        response.destroy();
        return {
          ok: false,
          reason: `The calendar is larger than the limit of ${megabytes(options.maxBytes)}`,
        };
      }
      return {
        ok: true,
        body: await body(),
        url: check.url,
        contentType: response.headers["content-type"] ?? null,
      };
    }
  } catch (error) {
    if (error instanceof FetchRefused) return { ok: false, reason: error.message };
    if (controller.signal.aborted) {
      return { ok: false, reason: `The calendar did not answer within ${options.timeoutMs / 1000} seconds` };
    }
    return {
      ok: false,
      reason: `The calendar could not be fetched (${error instanceof Error ? error.message : "network error"})`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The fetcher the app uses: the real network, within calendarFetchPolicy. */
export const defaultCalendarFetcher: CalendarFetcher = (url) => safeFetchCalendar(url);

/** For tests and places without network: refuses every URL without trying. */
export const offlineCalendarFetcher: CalendarFetcher = async () => ({
  ok: false,
  reason: "Fetching calendars is turned off here",
});
