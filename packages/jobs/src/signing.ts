import { createHmac, timingSafeEqual } from "node:crypto";

// The one signing primitive for links that work without a session (unsubscribe, digest actions): an
// HMAC-SHA256 with the auth secret over a purpose line and the message, so a signature made for one
// purpose can never be replayed as another.

/** The base64url signature of `message` for `purpose` (43 characters). */
export function signMessage(purpose: string, message: string, secret: string): string {
  return createHmac("sha256", secret).update(`${purpose}\n${message}`).digest("base64url");
}

/** Whether `given` is the signature of `message` for `purpose`, compared in constant time. */
export function signatureMatches(purpose: string, message: string, given: string, secret: string): boolean {
  const expected = Buffer.from(signMessage(purpose, message, secret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
