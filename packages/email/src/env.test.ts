import { describe, expect, it } from "vitest";
import { DEFAULT_EMAIL_FROM, parseEmailEnv } from "./env";

describe("parseEmailEnv", () => {
  it("needs nothing: no key (dev outbox), SDK's default base URL, a default sender", () => {
    expect(parseEmailEnv({})).toEqual({ EMAIL_FROM: DEFAULT_EMAIL_FROM });
  });

  it("treats blank values as unset", () => {
    expect(parseEmailEnv({ RESEND_API_KEY: "", RESEND_BASE_URL: "  ", EMAIL_FROM: "" })).toEqual({
      EMAIL_FROM: DEFAULT_EMAIL_FROM,
    });
  });

  it("reads the key, the base URL without trailing slash, and a named sender", () => {
    expect(
      parseEmailEnv({
        RESEND_API_KEY: "re_123",
        RESEND_BASE_URL: "http://127.0.0.1:4010/",
        EMAIL_FROM: "Rapport <team@rapport.example>",
      }),
    ).toEqual({
      RESEND_API_KEY: "re_123",
      RESEND_BASE_URL: "http://127.0.0.1:4010",
      EMAIL_FROM: "Rapport <team@rapport.example>",
    });
  });

  it("names every malformed variable in one error", () => {
    const attempt = () =>
      parseEmailEnv({ RESEND_API_KEY: "re_1 23", RESEND_BASE_URL: "localhost:4010", EMAIL_FROM: "Rapport" });
    expect(attempt).toThrow(/Invalid email configuration/);
    expect(attempt).toThrow(/RESEND_API_KEY: must not contain spaces/);
    expect(attempt).toThrow(/RESEND_BASE_URL: must be an http\(s\) URL/);
    expect(attempt).toThrow(/EMAIL_FROM: "Rapport" is not an email address/);
  });

  it("rejects a sender with brackets but no name", () => {
    expect(() => parseEmailEnv({ EMAIL_FROM: "<a@b.example>" })).toThrow(/no display name/);
  });
});
