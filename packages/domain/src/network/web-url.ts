// The one rule for links we store, show or write out: http(s) only. A calendar or a contacts file can
// carry javascript: or data: URLs, which become script when rendered as a link or followed by a client.

const MAX_LENGTH = 2000;
// Browsers drop tabs and newlines inside URLs, so "java\tscript:" would still run; refuse any control or space.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f]/;

/**
 * The link, trimmed, when it is an absolute http or https URL with a host name; null for anything else
 * (other schemes, relative or malformed addresses, user names in the address, backslashes, blanks,
 * control characters, over 2000 characters).
 */
export function safeWebUrl(value: string | null | undefined): string | null {
  const text = (value ?? "").trim();
  if (!text || text.length > MAX_LENGTH || CONTROL_OR_SPACE.test(text) || text.includes("\\")) return null;
  const match = /^https?:\/\/([^/?#]*)/i.exec(text);
  if (!match) return null;
  // No user name or password: "https://bank.example@evil.example" reads as the bank but goes elsewhere.
  const authority = match[1] ?? "";
  const hostPort = /^(\[[0-9a-f:.]+\]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)(?::\d{1,5})?$/iu.exec(authority);
  return hostPort ? text : null;
}
