/**
 * Where to go after signing in: always a path on this site. Auth.js hands back absolute URLs of our
 * own origin; any absolute URL is reduced to its path, so a crafted link can never leave the site.
 */
export function safeCallbackUrl(value: unknown, fallback = "/today"): string {
  if (typeof value !== "string" || value === "") return fallback;
  let path = value;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    try {
      const url = new URL(value);
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return fallback;
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
