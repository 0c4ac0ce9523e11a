/** Only same-site paths may be returned to after signing in (never another host). */
export function safeCallbackUrl(value: unknown, fallback = "/today"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  ) {
    return fallback;
  }
  return value;
}
