import { describe, expect, it } from "vitest";
import { isAuthorisedCronRequest } from "./cron-auth";
import {
  createUnsubscribeToken,
  readUnsubscribeToken,
  unsubscribeHeaders,
  verifyUnsubscribeToken,
} from "./unsubscribe-token";

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

  it("carries a link generation: each generation's token verifies as that generation only", () => {
    const v1 = createUnsubscribeToken("user-123", secret);
    const v2 = createUnsubscribeToken("user-123", secret, 2);
    expect(readUnsubscribeToken(v1, secret)).toEqual({ userId: "user-123", version: 1 });
    expect(readUnsubscribeToken(v2, secret)).toEqual({ userId: "user-123", version: 2 });
    const [id, , sig] = v2.split(".");
    // Changing the number breaks the signature; "1" spelled out is not another way to write generation 1.
    expect(readUnsubscribeToken(`${id}.3.${sig}`, secret)).toBeNull();
    expect(readUnsubscribeToken(`${id}.1.${v1.split(".")[1]}`, secret)).toBeNull();
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
