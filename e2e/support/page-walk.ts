import { expect, type Page } from "@playwright/test";

// Links the walk does not follow: not pages (downloads, feeds, API), or pages that end the session.
const SKIP = [
  /^\/api\//,
  /^\/dev\//,
  /\/export(\?|$)/,
  /^\/sign-in/,
  /^\/invite\//,
  /^\/unsubscribe/,
  /\.ics$/,
];

/** One page per route shape: ids become ":id", so /people/a and /people/b are visited once. */
function routeShape(path: string): string {
  return path
    .split("?")[0]
    ?.split("/")
    .map((part) => (/^[0-9a-f-]{16,}$/i.test(part) || /^[A-Za-z0-9_-]{20,}$/.test(part) ? ":id" : part))
    .join("/") as string;
}

/** The in-app links on the page that lead to pages not seen yet (by route shape); downloads are not pages. */
async function newLinks(page: Page, seen: Set<string>): Promise<string[]> {
  const hrefs = await page
    .locator("a[href^='/']:not([download])")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const found: string[] = [];
  for (const href of hrefs) {
    const path = href.split("#")[0] ?? "";
    if (!path || SKIP.some((rule) => rule.test(path))) continue;
    const shape = routeShape(path);
    if (seen.has(shape)) continue;
    seen.add(shape);
    found.push(path);
  }
  return found;
}

/** How far the page reaches past the viewport's right edge, in pixels (0 when it fits). */
async function sidewaysOverflow(page: Page): Promise<number> {
  const measure = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  try {
    return await measure();
  } catch {
    // The page moved on by itself (a redirect after load): measure where it landed.
    await page.waitForLoadState("load");
    return measure();
  }
}

/**
 * Visits every page reachable by links from `start` (one per route shape, up to `limit`) and returns
 * the visited paths with how far each scrolls sideways in light and in dark.
 */
export async function walkSignedInPages(page: Page, start: string[], limit = 60) {
  const seen = new Set(start.map(routeShape));
  const queue = [...start];
  const results: { path: string; light: number; dark: number }[] = [];
  while (queue.length > 0 && results.length < limit) {
    const path = queue.shift() as string;
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBeLessThan(400);
    await page.emulateMedia({ colorScheme: "light" });
    const light = await sidewaysOverflow(page);
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await sidewaysOverflow(page);
    await page.emulateMedia({ colorScheme: "light" });
    results.push({
      path: new URL(page.url()).pathname === path.split("?")[0] ? path : `${path} → ${page.url()}`,
      light,
      dark,
    });
    queue.push(...(await newLinks(page, seen)));
  }
  return results;
}
