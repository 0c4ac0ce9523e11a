import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect";
import { REDIRECT_BYPASSES } from "./redirect-bypasses";

const origins = ["https://rapport.example.com"];

describe("safe redirect targets", () => {
  it("keeps ordinary on-site paths, with their query and hash", () => {
    expect(safeRedirectPath("/today", { origins })).toBe("/today");
    expect(safeRedirectPath("/invite/abc_DEF-123?x=1#top", { origins })).toBe("/invite/abc_DEF-123?x=1#top");
    expect(safeRedirectPath("/people?q=Sam%20Okafor", { origins })).toBe("/people?q=Sam%20Okafor");
    expect(safeRedirectPath("/@me", { origins })).toBe("/@me");
  });

  it("reduces an absolute URL of our own origin to its path", () => {
    expect(safeRedirectPath("https://rapport.example.com/invite/abc?x=1", { origins })).toBe(
      "/invite/abc?x=1",
    );
    expect(safeRedirectPath("https://RAPPORT.example.com:443/goals", { origins })).toBe("/goals");
  });

  it("resolves dot segments and keeps the result on-site", () => {
    expect(safeRedirectPath("/invite/../goals", { origins })).toBe("/goals");
    // "/a/..//evil" resolves to the path "//evil", which a browser would read as a host.
    expect(safeRedirectPath("/a/..//evil.example", { origins })).toBe("/today");
  });

  it.each(REDIRECT_BYPASSES.map((v) => [JSON.stringify(v).slice(0, 60), v]))(
    "refuses %s",
    (_label, value) => {
      expect(safeRedirectPath(value, { origins })).toBe("/today");
    },
  );

  it("refuses what is not a string, and uses the given fallback", () => {
    expect(safeRedirectPath(undefined)).toBe("/today");
    expect(safeRedirectPath(["/goals"])).toBe("/today");
    expect(safeRedirectPath("", { fallback: "/" })).toBe("/");
    expect(safeRedirectPath("//evil.example", { fallback: "/sign-in" })).toBe("/sign-in");
  });
});
