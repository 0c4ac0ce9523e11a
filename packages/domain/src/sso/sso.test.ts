import { describe, expect, test } from "vitest";
import { AppError } from "../errors";
import {
  checkSsoDomainClaim,
  decideSsoLink,
  emailDomain,
  fillEmptyProfile,
  findNetworkFailure,
  needsUserinfo,
  normaliseDomain,
  readSsoClaims,
} from "./index";

describe("reading a provider's claims", () => {
  test("a strict provider's ID token carries only sub: the claims come from userinfo", () => {
    const idToken = { sub: "abc", iss: "https://idp.example", aud: "rapport" };
    expect(needsUserinfo(idToken)).toBe(true);
    const claims = readSsoClaims(idToken, {
      sub: "abc",
      email: "Ada@Example.COM",
      email_verified: true,
      given_name: "Ada",
      family_name: "Lovelace",
      zoneinfo: "Europe/London",
    });
    expect(claims).toEqual({
      sub: "abc",
      email: "ada@example.com",
      emailVerified: true,
      name: "Ada Lovelace",
      timeZone: "Europe/London",
    });
  });

  test("the signed ID token wins over userinfo, which only fills gaps", () => {
    const claims = readSsoClaims(
      { sub: "abc", email: "ada@example.com", email_verified: false, name: "Ada" },
      { sub: "abc", email: "someone.else@example.com", email_verified: true, name: "Other" },
    );
    expect(claims.email).toBe("ada@example.com");
    expect(claims.emailVerified).toBe(false);
    expect(claims.name).toBe("Ada");
  });

  test("an ID token with email and email_verified needs no userinfo; Entra's (no email_verified) does", () => {
    expect(needsUserinfo({ sub: "a", email: "a@example.com", email_verified: true })).toBe(false);
    expect(needsUserinfo({ sub: "a", email: "a@example.com" })).toBe(true);
  });

  test("missing or unusable values stay undefined: no email, a bad zone, a NUL in a name", () => {
    const claims = readSsoClaims({
      sub: "x",
      email: "not an address",
      zoneinfo: "Mars/Olympus",
      name: "Ev\u0000e",
    });
    expect(claims.email).toBeUndefined();
    expect(claims.timeZone).toBeUndefined();
    expect(claims.emailVerified).toBeUndefined();
    expect(claims.name).toBe("Ev e");
    expect(readSsoClaims({ sub: "x", email_verified: "true" }).emailVerified).toBe(true);
    expect(readSsoClaims({ sub: "x", name: "a".repeat(5000) }).name).toHaveLength(200);
  });
});

describe("filling the profile from claims", () => {
  test("a person who already answered 'about you' keeps both answers, UTC included", () => {
    expect(
      fillEmptyProfile(
        { name: "Jo", timeZone: "UTC", confirmed: true },
        { name: "Jo Provider", timeZone: "Europe/Paris" },
      ),
    ).toEqual({});
  });
  test("a provider that gives both name and zone answers 'about you'; one without a zone does not", () => {
    expect(
      fillEmptyProfile({ name: null, timeZone: "UTC" }, { name: "Ada", timeZone: "Europe/Paris" }).confirm,
    ).toBe(true);
    expect(fillEmptyProfile({ name: null, timeZone: "UTC" }, { name: "Ada" }).confirm).toBeUndefined();
    expect(
      fillEmptyProfile({ name: null, timeZone: "UTC" }, { timeZone: "Europe/Paris" }).confirm,
    ).toBeUndefined();
  });

  test("fills an empty name and the starting UTC zone, never what the person chose", () => {
    expect(
      fillEmptyProfile({ name: null, timeZone: "UTC" }, { name: "Ada", timeZone: "Europe/Paris" }),
    ).toEqual({
      name: "Ada",
      timeZone: "Europe/Paris",
      confirm: true,
    });
    expect(fillEmptyProfile({ name: "  ", timeZone: "UTC" }, { name: "Ada" })).toEqual({ name: "Ada" });
    expect(
      fillEmptyProfile(
        { name: "Countess", timeZone: "America/New_York" },
        { name: "Ada", timeZone: "Europe/Paris" },
      ),
    ).toEqual({});
  });
});

describe("the linking policy", () => {
  test("a verified address, or a domain the organisation declared, is trusted", () => {
    expect(decideSsoLink({ emailVerified: true, domainPolicy: undefined })).toBe("trust");
    expect(decideSsoLink({ emailVerified: undefined, domainPolicy: "authoritative" })).toBe("trust");
    expect(decideSsoLink({ emailVerified: false, domainPolicy: "required" })).toBe("trust");
  });

  test("unverified or silent (Entra ID) without a declared domain must be confirmed by email", () => {
    expect(decideSsoLink({ emailVerified: false, domainPolicy: undefined })).toBe("confirm-by-email");
    expect(decideSsoLink({ emailVerified: undefined, domainPolicy: undefined })).toBe("confirm-by-email");
  });
});

describe("declaring a domain", () => {
  test("domains are stored lower-case without @ or a trailing dot", () => {
    expect(normaliseDomain(" @Example.COM. ")).toBe("example.com");
    expect(normaliseDomain("localhost")).toBeUndefined();
    expect(normaliseDomain("exa mple.com")).toBeUndefined();
    expect(normaliseDomain("10.0.0.1")).toBeUndefined();
    expect(normaliseDomain(`${"a".repeat(64)}.com`)).toBeUndefined();
    expect(emailDomain("Ada@Sub.Example.com")).toBe("sub.example.com");
    expect(emailDomain("nobody")).toBeUndefined();
  });

  test("an admin may declare only their own address's domain, never a public mail service", () => {
    expect(checkSsoDomainClaim("example.com", "ada@example.com")).toBe("example.com");
    expect(() => checkSsoDomainClaim("other.com", "ada@example.com")).toThrow(/must be at other\.com/);
    expect(() => checkSsoDomainClaim("gmail.com", "ada@gmail.com")).toThrow(/public email service/);
    expect(() => checkSsoDomainClaim("<script>", "ada@example.com")).toThrow(AppError);
  });
});

describe("explaining why the provider could not be reached", () => {
  const wrapped = (code: string) =>
    new TypeError("fetch failed", { cause: Object.assign(new Error("x"), { code }) });

  test("certificate, DNS and refused connections are told apart through nested causes", () => {
    expect(findNetworkFailure(wrapped("SELF_SIGNED_CERT_IN_CHAIN"))?.kind).toBe("certificate");
    expect(findNetworkFailure(wrapped("CERT_HAS_EXPIRED"))?.explanation).toMatch(/expired/);
    expect(findNetworkFailure({ cause: { err: wrapped("ENOTFOUND") } })?.kind).toBe("dns");
    expect(findNetworkFailure(new AggregateError([wrapped("ECONNREFUSED")]))?.kind).toBe("refused");
    expect(findNetworkFailure(new Error("invalid response"))).toBeUndefined();
  });

  test("a cause that points back at itself does not loop", () => {
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(findNetworkFailure(loop)).toBeUndefined();
  });
});
