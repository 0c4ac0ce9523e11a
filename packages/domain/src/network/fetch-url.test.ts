import { describe, expect, it } from "vitest";
import { checkFetchUrl } from "./fetch-url";

const reasonOf = (url: string) => {
  const result = checkFetchUrl(url);
  return result.ok ? null : result.reason;
};

describe("checkFetchUrl accepts", () => {
  it("an ordinary https feed, normalised", () => {
    expect(
      checkFetchUrl(" https://Calendar.Google.com/calendar/ical/team%40example.com/public/basic.ics#x "),
    ).toEqual({
      ok: true,
      url: "https://calendar.google.com/calendar/ical/team%40example.com/public/basic.ics",
      protocol: "https:",
      host: "calendar.google.com",
      port: 443,
      address: null,
    });
  });

  it("webcal:// as https://", () => {
    expect(checkFetchUrl("webcal://www.meetup.com/nyc-product-people/events/ical/")).toMatchObject({
      ok: true,
      url: "https://www.meetup.com/nyc-product-people/events/ical/",
    });
  });

  it("the allowed ports, dropping a default one", () => {
    expect(checkFetchUrl("http://example.org:80/cal.ics")).toMatchObject({
      url: "http://example.org/cal.ics",
      port: 80,
    });
    expect(checkFetchUrl("https://example.org:8443/cal.ics")).toMatchObject({
      url: "https://example.org:8443/cal.ics",
    });
    expect(checkFetchUrl("http://example.org:8080?feed=1")).toMatchObject({
      url: "http://example.org:8080/?feed=1",
    });
  });

  it("public IP literals, in canonical form", () => {
    expect(checkFetchUrl("http://8.8.8.8/cal")).toMatchObject({
      ok: true,
      host: "8.8.8.8",
      address: "8.8.8.8",
    });
    expect(checkFetchUrl("http://134744072/cal")).toMatchObject({ ok: true, url: "http://8.8.8.8/cal" });
    expect(checkFetchUrl("https://[2606:4700:4700:0:0:0:0:1111]/cal")).toMatchObject({
      ok: true,
      url: "https://[2606:4700:4700::1111]/cal",
      address: "2606:4700:4700::1111",
    });
  });

  it("non-ASCII paths, percent-encoded", () => {
    expect(checkFetchUrl("https://example.org/kalender/bürо.ics")).toMatchObject({
      url: "https://example.org/kalender/b%C3%BCr%D0%BE.ics",
    });
  });
});

describe("checkFetchUrl refuses", () => {
  it.each([
    ["ftp://example.org/cal.ics", "Only http and https URLs can be fetched, not ftp:"],
    ["file:///etc/passwd", "Only http and https URLs can be fetched, not file:"],
    ["javascript:alert(1)", "The URL must start with http:// or https://"],
    ["example.org/cal.ics", "The URL must start with http:// or https://"],
    ["https://user:secret@example.org/cal.ics", "The URL must not contain a user name or password"],
    ["https://token@example.org/cal.ics", "The URL must not contain a user name or password"],
    ["https://example.org:22/cal.ics", "Port 22 is not allowed; use 80, 443, 8080, 8443 or none"],
    ["http://example.org:6379/", "Port 6379 is not allowed; use 80, 443, 8080, 8443 or none"],
    ["https:///cal.ics", "The URL has no host"],
    ["https://exa mple.org/", "The URL contains spaces, control characters or backslashes"],
    ["https://evil.example.com\\@127.0.0.1/", "The URL contains spaces, control characters or backslashes"],
    ["https://bücher.de/cal.ics", "The host name must be plain ASCII (use its xn-- form)"],
    ["https://exa%6dple.org/", "The host name must not be percent-encoded"],
  ])("%s", (url, reason) => {
    expect(reasonOf(url)).toBe(reason);
  });

  it.each([
    ["http://127.0.0.1/", "loopback"],
    ["http://2130706433/", "loopback"],
    ["http://0x7f.1/", "loopback"],
    ["http://127.1/", "loopback"],
    ["http://0177.0.0.1/", "loopback"],
    ["http://169.254.169.254/latest/meta-data/", "link-local"],
    ["http://10.0.0.5:8080/", "private"],
    ["http://192.168.1.1/", "private"],
    ["http://100.100.100.200/", "shared"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://0x/", "unspecified"],
    ["http://[::1]/", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::ffff:7f00:1]/", "loopback"],
    ["http://[64:ff9b::a00:1]/", "private"],
    ["http://[fd00::1]/", "private"],
    ["http://[fe80::1]/", "link-local"],
  ])("%s (%s)", (url, kind) => {
    expect(reasonOf(url)).toMatch(new RegExp(`is an? ${kind} address, not a public one`));
  });

  it.each([
    "http://256.1.1.1/",
    "http://1.2.3.4.5/",
    "http://1.2.3.09/",
    "http://[::g]/",
    "http://[fe80::1%25eth0]/",
  ])("%s (not a valid address)", (url) => {
    expect(reasonOf(url)).toMatch(/not a valid (IP|IPv6) address/);
  });

  it.each([
    ["http://localhost/", "is not a public host name"],
    ["http://LOCALHOST./", "is not a public host name"],
    ["http://intranet/", "is not a public host name"],
    ["http://app.localhost/", "is an internal name (.localhost)"],
    ["http://printer.local/", "is an internal name (.local)"],
    ["http://metadata.google.internal/", "is an internal name (.internal)"],
    ["http://nas.home.arpa/", "is an internal name (.home.arpa)"],
    ["http://a..b.com/", "is not a valid host name"],
  ])("%s (%s)", (url, reason) => {
    expect(reasonOf(url)).toContain(reason);
  });
});
