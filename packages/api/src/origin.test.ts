import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./origin";

const url = "http://localhost:3000/api/trpc/organisation.createTeam";
const req = (method: string, headers: Record<string, string>) => ({
  method,
  url,
  headers: new Headers({ host: "localhost:3000", ...headers }),
});

describe("cross-site mutation guard", () => {
  it("refuses a POST from another site's page", () => {
    expect(isCrossSiteRequest(req("POST", { origin: "https://attacker.example" }))).toBe(true);
    expect(isCrossSiteRequest(req("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteRequest(req("POST", { origin: "null" }))).toBe(true);
  });
  it("allows our own pages and non-browser callers", () => {
    expect(
      isCrossSiteRequest(req("POST", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })),
    ).toBe(false);
    expect(isCrossSiteRequest(req("POST", {}))).toBe(false);
  });
  it("never blocks reads", () => {
    expect(isCrossSiteRequest(req("GET", { origin: "https://attacker.example" }))).toBe(false);
  });
});
