import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./cross-site";

function headerReader(values: Record<string, string>) {
  const lower = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  return { get: (name: string) => lower.get(name.toLowerCase()) ?? null };
}

const post = (headers: Record<string, string>, method = "POST") => ({
  method,
  url: "http://localhost:3000/api/auth/callback/email",
  headers: headerReader({ host: "localhost:3000", ...headers }),
});

describe("cross-site requests", () => {
  it("refuses a POST from another site, by Sec-Fetch-Site or by Origin", () => {
    expect(isCrossSiteRequest(post({ "sec-fetch-site": "cross-site", origin: "https://evil.example" }))).toBe(
      true,
    );
    expect(isCrossSiteRequest(post({ origin: "https://evil.example" }))).toBe(true);
    expect(
      isCrossSiteRequest(post({ "sec-fetch-site": "same-site", origin: "http://a.localhost:3000" })),
    ).toBe(true);
    expect(isCrossSiteRequest(post({ origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(post({ origin: "http://localhost:3001" }))).toBe(true);
    expect(isCrossSiteRequest(post({ origin: "not a url" }))).toBe(true);
  });

  it("lets our own pages, typed addresses and non-browser callers through", () => {
    expect(
      isCrossSiteRequest(post({ "sec-fetch-site": "same-origin", origin: "http://localhost:3000" })),
    ).toBe(false);
    expect(isCrossSiteRequest(post({ origin: "http://LOCALHOST:3000" }))).toBe(false);
    expect(isCrossSiteRequest(post({}))).toBe(false);
    expect(isCrossSiteRequest(post({ "sec-fetch-site": "none" }))).toBe(false);
  });

  it("never refuses reading", () => {
    expect(isCrossSiteRequest(post({ origin: "https://evil.example" }, "GET"))).toBe(false);
    expect(isCrossSiteRequest(post({ "sec-fetch-site": "cross-site" }, "HEAD"))).toBe(false);
  });
});
