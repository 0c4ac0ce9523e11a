import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { checkFetchUrl, isPublicAddress } from "@rapport/domain/network";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeFetchCalendar } from "./safe-fetch";

const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nEND:VCALENDAR\r\n";

let server: Server;
let port = 0;
let hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/feed.ics") {
      res.writeHead(200, { "content-type": "text/calendar" });
      res.end(ICS);
    } else if (url.pathname === "/redirect") {
      res.writeHead(302, { location: url.searchParams.get("to") ?? "/feed.ics" });
      res.end();
    } else if (url.pathname === "/loop") {
      res.writeHead(302, { location: "/loop" });
      res.end();
    } else if (url.pathname === "/huge") {
      // No content-length: the limit must hold while streaming.
      res.writeHead(200, { "content-type": "text/calendar" });
      const chunk = Buffer.alloc(64 * 1024, "X");
      let sent = 0;
      const pump = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once("drain", pump);
        }
        res.end();
      };
      pump();
    } else if (url.pathname === "/slow") {
      // Never answers; the fetcher's time-out must end it.
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/**
 * The test server listens on a random port on 127.0.0.1. For the happy path only, a public-looking name
 * resolves to it, its port is accepted and 127.0.0.1 is allowed; everything else uses the real rules.
 */
const OUR_NAME = "calendar.rapport-tests.com";
function checkWithTestPort(url: string) {
  const parsed = new URL(url);
  if (parsed.port !== String(port)) return checkFetchUrl(url);
  parsed.port = "8080";
  const check = checkFetchUrl(parsed.toString());
  return check.ok ? { ...check, port, url: check.url.replace(":8080", `:${port}`) } : check;
}
const fakeDns: Record<string, string[]> = {
  [OUR_NAME]: ["127.0.0.1"],
  "intranet.rapport-tests.com": ["10.1.2.3"],
  "mixed.rapport-tests.com": ["93.184.216.34", "192.168.1.20"],
  "metadata.rapport-tests.com": ["169.254.169.254"],
  "v6.rapport-tests.com": ["::1"],
};
const resolve = async (host: string) => {
  const found = fakeDns[host];
  if (!found) throw new Error(`no such host ${host}`);
  return found;
};
const allowOurServer = (address: string) => address === "127.0.0.1" || isPublicAddress(address);
const testOptions = { resolve, isAllowedAddress: allowOurServer, checkUrl: checkWithTestPort };
const ours = (path: string) => `http://${OUR_NAME}:${port}${path}`;

describe("safeFetchCalendar", () => {
  it("fetches a calendar from an allowed server", async () => {
    const result = await safeFetchCalendar(ours("/feed.ics"), testOptions);
    expect(result).toMatchObject({ ok: true, body: ICS, contentType: "text/calendar" });
  });

  it("follows a redirect to an allowed URL", async () => {
    const result = await safeFetchCalendar(ours("/redirect?to=/feed.ics"), testOptions);
    expect(result).toMatchObject({ ok: true, body: ICS });
  });

  it.each([
    ["http://127.0.0.1/feed.ics", /loopback/],
    ["http://localhost/feed.ics", /not a public host name/],
    ["http://printer.local/feed.ics", /internal name/],
    ["http://[::1]/feed.ics", /loopback/],
    ["http://2130706433/feed.ics", /loopback/],
    ["http://10.0.0.8/feed.ics", /private/],
    ["http://172.16.5.4/feed.ics", /private/],
    ["http://192.168.0.10/feed.ics", /private/],
    ["http://169.254.169.254/latest/meta-data", /link-local/],
    ["http://[fd00::1]/feed.ics", /private/],
  ])("refuses %s before connecting", async (url, reason) => {
    hits = [];
    const result = await safeFetchCalendar(url, { resolve });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toMatch(reason);
    expect(hits).toEqual([]);
  });

  it.each([
    ["file:///etc/passwd"],
    ["ftp://calendar.rapport-tests.com/feed.ics"],
    ["gopher://calendar.rapport-tests.com/"],
    ["data:text/calendar,BEGIN:VCALENDAR"],
    ["javascript:alert(1)"],
  ])("refuses the non-http URL %s", async (url) => {
    const result = await safeFetchCalendar(url, testOptions);
    expect(result.ok ? "" : result.reason).toMatch(/http/);
  });

  it.each([
    ["intranet.rapport-tests.com", "10.1.2.3"],
    ["metadata.rapport-tests.com", "169.254.169.254"],
    ["v6.rapport-tests.com", "::1"],
    // One private answer among public ones is enough to refuse: a client may pick any of them.
    ["mixed.rapport-tests.com", "192.168.1.20"],
  ])("refuses a public-looking name (%s) that resolves to a private address", async (host, address) => {
    const result = await safeFetchCalendar(`https://${host}/feed.ics`, { resolve });
    expect(result).toEqual({
      ok: false,
      reason: `The host ${host} points to ${address}, which is not a public address`,
    });
  });

  it.each([
    ["http://127.0.0.1/feed.ics", /loopback/],
    ["http://10.0.0.1/admin", /private/],
    ["http://intranet.rapport-tests.com/feed.ics", /10\.1\.2\.3/],
    ["file:///etc/passwd", /Only http and https/],
  ])("refuses a redirect to %s", async (target, reason) => {
    hits = [];
    const result = await safeFetchCalendar(ours(`/redirect?to=${encodeURIComponent(target)}`), testOptions);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toMatch(reason);
    expect(hits).toEqual([`/redirect?to=${encodeURIComponent(target)}`]);
  });

  it("stops after too many redirects", async () => {
    const result = await safeFetchCalendar(ours("/loop"), testOptions);
    expect(result).toEqual({ ok: false, reason: "The calendar redirected more than 3 times" });
  });

  it("refuses a body over the size limit, naming the limit", async () => {
    const result = await safeFetchCalendar(ours("/huge"), testOptions);
    expect(result).toEqual({ ok: false, reason: "The calendar is larger than the limit of 5 MB" });
  });

  it("gives up on a server that does not answer in time", async () => {
    const result = await safeFetchCalendar(ours("/slow"), { ...testOptions, timeoutMs: 300 });
    expect(result).toEqual({ ok: false, reason: "The calendar did not answer within 0.3 seconds" });
  });

  it("reports a server error status", async () => {
    const result = await safeFetchCalendar(ours("/missing"), testOptions);
    expect(result).toEqual({ ok: false, reason: "The calendar server answered 404" });
  });

  it("refuses a port outside the allowed few", async () => {
    const result = await safeFetchCalendar("http://calendar.rapport-tests.com:5432/", { resolve });
    expect(result.ok ? "" : result.reason).toMatch(/Port 5432 is not allowed/);
  });
});
