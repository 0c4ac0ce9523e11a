import { describe, expect, it } from "vitest";
import { isAuthorisedCronRequest } from "./cron-auth";
import { createUnsubscribeToken, unsubscribeHeaders, verifyUnsubscribeToken } from "./unsubscribe-token";

const secret = "a-test-secret-that-is-long-enough-0123456789";

describe("unsubscribe tokens", () => {
  it("names the person they were made for", () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken("user-123", secret), secret)).toBe("user-123");
  });

  it("refuses forged, altered or foreign tokens", () => {
    const token = createUnsubscribeToken("user-123", secret);
    const [, signature] = token.split(".");
    const otherUser = `${Buffer.from("user-456").toString("base64url")}.${signature}`;
    expect(verifyUnsubscribeToken(otherUser, secret)).toBeNull();
    expect(
      verifyUnsubscribeToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, secret),
    ).toBeNull();
    expect(
      verifyUnsubscribeToken(
        createUnsubscribeToken("user-123", "another-secret-entirely-0123456789"),
        secret,
      ),
    ).toBeNull();
    expect(verifyUnsubscribeToken("", secret)).toBeNull();
    expect(verifyUnsubscribeToken("not a token", secret)).toBeNull();
  });

  it("makes RFC 8058 one-click headers with an https URL and a mailto", () => {
    const headers = unsubscribeHeaders("https://rapport.example", "tok", "Rapport <hello@mail.example>");
    expect(headers).toEqual({
      "List-Unsubscribe":
        "<https://rapport.example/api/unsubscribe/tok>, <mailto:unsubscribe@mail.example?subject=unsubscribe%20tok>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});

describe("cron authorisation", () => {
  it("accepts only the exact bearer secret", () => {
    expect(isAuthorisedCronRequest("Bearer s3cret-s3cret-s3cret", "s3cret-s3cret-s3cret")).toBe(true);
    expect(isAuthorisedCronRequest("Bearer s3cret-s3cret-s3creX", "s3cret-s3cret-s3cret")).toBe(false);
    expect(isAuthorisedCronRequest("s3cret-s3cret-s3cret", "s3cret-s3cret-s3cret")).toBe(false);
    expect(isAuthorisedCronRequest(null, "s3cret-s3cret-s3cret")).toBe(false);
  });
});
