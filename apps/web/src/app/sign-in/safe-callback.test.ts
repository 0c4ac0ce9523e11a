import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback";

describe("where sign-in returns to", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackUrl("/invite/abc?x=1")).toBe("/invite/abc?x=1");
    expect(safeCallbackUrl("http://localhost:3000/invite/abc")).toBe("/invite/abc");
  });
  it("never leaves the site", () => {
    expect(safeCallbackUrl("//evil.example/x")).toBe("/today");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/today");
    expect(safeCallbackUrl("javascript:alert(1)")).toBe("/today");
    expect(safeCallbackUrl("https://evil.example/today")).toBe("/today");
    expect(safeCallbackUrl(undefined)).toBe("/today");
  });
});
