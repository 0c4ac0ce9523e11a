/** The cache that holds pages readable offline; the page code stores upcoming prep cards in it too. */
export const OFFLINE_PAGES_CACHE = "rapport-pages";

/** Today, the event list and an event's own page (not its edit form, nor calendars or new). */
export function offlineReadablePath(pathname: string): boolean {
  if (pathname === "/today" || pathname === "/events") return true;
  const match = /^\/events\/([^/]+)$/.exec(pathname);
  return Boolean(match && match[1] !== "new" && match[1] !== "calendars");
}
