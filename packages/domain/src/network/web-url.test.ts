import { describe, expect, it } from "vitest";
import { safeWebUrl } from "./web-url";

describe("safe web links", () => {
  it("keeps absolute http(s) links with a host, trimmed", () => {
    expect(safeWebUrl(" https://meetup.example.org/e/1?x=1#top ")).toBe(
      "https://meetup.example.org/e/1?x=1#top",
    );
    expect(safeWebUrl("HTTP://Example.com")).toBe("HTTP://Example.com");
    expect(safeWebUrl("https://[2001:db8::1]/x")).toBe("https://[2001:db8::1]/x");
    expect(safeWebUrl("https://münchen.example.de:8443/a")).toBe("https://münchen.example.de:8443/a");
    expect(safeWebUrl("https://www.linkedin.com/in/ada")).toBe("https://www.linkedin.com/in/ada");
  });

  it("refuses every other scheme and spelling that could run script or leave the web", () => {
    for (const bad of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://files.example.org/a",
      "mailto:a@example.org",
      "//evil.example.org/x",
      "/relative/path",
      "https://",
      "https://intranet/x",
      "https://exa mple.org",
      "https://bank.example.org@evil.example.org/",
      "https://good.example.org\\@evil.example.org",
      "https://.example.org",
      "https://example.org:99999999/",
      "https://example.org/\nx",
      `https://example.org/${"a".repeat(2000)}`,
      "",
      null,
      undefined,
    ]) {
      expect([bad, safeWebUrl(bad)]).toEqual([bad, null]);
    }
  });
});
