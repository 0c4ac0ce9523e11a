import { z } from "zod";

const emailAddress = z.email();
// "Display Name <local@domain>" — the display name may not itself contain angle brackets.
const NAMED_ADDRESS = /^\s*([^<>]*?)\s*<([^<>\s]+)>\s*$/;

/**
 * Checks an address such as `Rapport <hello@rapport.example>` or `hello@rapport.example`
 * and returns why it is malformed, or null when it is fine.
 */
export function describeInvalidAddress(value: string): string | null {
  const named = NAMED_ADDRESS.exec(value);
  const address = named ? named[2] : value.trim();
  if (named && named[1] === "") return `"${value}" has angle brackets but no display name before them`;
  if (!address || !emailAddress.safeParse(address).success) {
    return `"${value}" is not an email address or "Name <address@domain>"`;
  }
  return null;
}
