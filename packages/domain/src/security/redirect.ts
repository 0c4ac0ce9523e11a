import { type ParsedUrl, parseUrl } from "./web-url";

// Where the app may send a browser after signing in (or any other "come back here" hop). One function
// decides, so the sign-in page, the demo sign-in, the confirm page, invitations and Auth.js agree.

/** A "go back to" target longer than this is refused: no page of ours has such an address. */
const MAX_LENGTH = 2048;

// Browsers drop tab, CR and LF anywhere in a URL and read "\" as "/", so "/\t/evil" and "/\\evil" become
// "//evil" (another site) after our check. Control characters and backslashes are refused, also once
// decoded; raw whitespace too (our own links never contain it unencoded).
const INVISIBLE_OR_BACKSLASH = /[\\\u200b-\u200f\u2028\u2029\u2060\ufeff]/u;

function hasControlOrBackslash(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return INVISIBLE_OR_BACKSLASH.test(text);
}
const RAW_WHITESPACE = /\s/u;
// Characters that some parsers or IDNA mapping turn into "/", "\", "." or ":": full-width and look-alike
// slashes, ideographic and full-width full stops, full-width colon and at sign.
const LOOKALIKES = /[\u2044\u2215\u2216\u29f5\u29f8\u29f9\ufe68\uff0f\uff3c\u3002\uff0e\uff61\uff1a\uff20]/u;

/** The text and what it reads as after up to three rounds of percent-decoding (a proxy or library may decode again). */
function decodedForms(value: string): string[] | null {
  const forms = [value];
  let current = value;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null; // broken percent-encoding: not something our own pages produce
    }
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

function readsAsAnotherSite(path: string): boolean {
  return path.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(path);
}

/**
 * The on-site path (with query and hash) to redirect to, or `fallback`. Accepted: a path starting with a
 * single "/", or an absolute http(s) URL whose origin is one of `origins` (reduced to its path). Refused:
 * other sites, `//host`, `/\host`, any scheme but http(s) (`javascript:`, `data:`), control characters,
 * whitespace, backslashes and look-alike slashes — also when percent-encoded.
 */
export function safeRedirectPath(
  value: unknown,
  options: { origins?: readonly string[]; fallback?: string } = {},
): string {
  const fallback = options.fallback ?? "/today";
  if (typeof value !== "string" || value === "" || value.length > MAX_LENGTH) return fallback;
  const forms = decodedForms(value);
  if (!forms) return fallback;
  if (RAW_WHITESPACE.test(value)) return fallback;
  for (const form of forms) {
    if (hasControlOrBackslash(form) || LOOKALIKES.test(form)) return fallback;
    if (hasControlOrBackslash(form.normalize("NFKC"))) return fallback;
  }
  // Resolve against a placeholder origin: a relative path must stay on it, an absolute URL must be ours.
  const placeholder = "http://rapport.invalid";
  const allowed = new Set([placeholder]);
  for (const origin of options.origins ?? []) {
    try {
      allowed.add(parseUrl(origin).origin);
    } catch {
      // an unusable origin allows nothing
    }
  }
  const absolute = /^https?:\/\//i.test(value);
  if (!absolute && (!value.startsWith("/") || value.startsWith("//"))) return fallback;
  let url: ParsedUrl;
  try {
    url = parseUrl(value, placeholder);
  } catch {
    return fallback;
  }
  if (!allowed.has(url.origin) || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The path we hand back must itself read as on-site, however many times it is decoded.
  const pathForms = decodedForms(url.pathname);
  if (!pathForms || pathForms.some(readsAsAnotherSite)) return fallback;
  return path;
}
