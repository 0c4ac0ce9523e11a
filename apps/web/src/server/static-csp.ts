import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Pages with nothing personal on them (the landing page) are prerendered at build time and served from
 * the build's files, so their scripts cannot carry a per-request nonce. Their Content-Security-Policy
 * instead names the exact inline scripts the build wrote, by SHA-256: a script an attacker slips into
 * the page has another hash and does not run.
 */

/** The base64 SHA-256 of every inline script in the page, as a CSP hash source would name it. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue;
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

interface PrerenderManifest {
  routes?: Record<string, unknown>;
}

const buildDir = join(process.cwd(), ".next");
let prerendered: Set<string> | null = null;

function prerenderedRoutes(): Set<string> {
  if (prerendered) return prerendered;
  try {
    const manifest = JSON.parse(
      readFileSync(join(buildDir, "prerender-manifest.json"), "utf8"),
    ) as PrerenderManifest;
    prerendered = new Set(Object.keys(manifest.routes ?? {}));
  } catch {
    // No production build here (next dev): every page is rendered per request with a nonce.
    prerendered = new Set();
  }
  return prerendered;
}

/** Past this many, only the page's current scripts are kept (a page regenerated over and over). */
const MOST_HASHES = 100;
const known = new Map<string, { changed: number; hashes: Set<string> }>();

/**
 * The hashes of a prerendered page's inline scripts, or null when the page is rendered per request
 * (then it gets a nonce). Read from the build output and kept until the file changes. The app's actions
 * revalidate only the signed-in route group, so the landing page is not rebuilt while the server runs;
 * should a rebuild of the file happen anyway, the previous hashes stay allowed too.
 */
export function prerenderedScriptHashes(pathname: string): string[] | null {
  const path = pathname !== "/" && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  if (!prerenderedRoutes().has(path)) return null;
  const file = join(buildDir, "server", "app", path === "/" ? "index.html" : `${path.slice(1)}.html`);
  try {
    const changed = statSync(file).mtimeMs;
    let entry = known.get(path);
    if (!entry || entry.changed !== changed) {
      const hashes = inlineScriptHashes(readFileSync(file, "utf8"));
      const kept =
        entry && entry.hashes.size + hashes.length <= MOST_HASHES ? entry.hashes : new Set<string>();
      for (const hash of hashes) kept.add(hash);
      entry = { changed, hashes: kept };
      known.set(path, entry);
    }
    return [...entry.hashes];
  } catch {
    return null;
  }
}

/**
 * The landing page without its scripts. It has nothing to hydrate (text, links and an anchor), so React
 * and the router would only cost a phone time before it can respond: served this way it is plain HTML and
 * its inlined stylesheet, under a policy that allows no script at all. Built from the prerendered file and
 * kept until that file changes; null without a production build (next dev renders it as usual).
 */
export function scriptFreeLanding(): string | null {
  const file = join(buildDir, "server", "app", "index.html");
  try {
    const changed = statSync(file).mtimeMs;
    if (!landing || landing.changed !== changed)
      landing = { changed, html: withStylesInline(withoutScripts(readFileSync(file, "utf8"))) };
    return landing.html;
  } catch {
    return null;
  }
}

let landing: { changed: number; html: string } | null = null;

/** The page less every script element and every hint to fetch a script. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\b(?:rel="modulepreload"|as="script")[^>]*>/gi, "");
}

/**
 * The build's stylesheets written into the page, so a first visit paints without waiting for another
 * request. Only for this one page, prepared once: inlining everywhere (Next's inlineCss) put the sheet in
 * every dynamic page three times over (bench/README.md).
 */
function withStylesInline(html: string): string {
  return html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi, (link) => {
    const file = /\bhref="\/_next\/(static\/[\w./-]+\.css)"/.exec(link)?.[1];
    if (!file || file.includes("..")) return link;
    try {
      return `<style>${readFileSync(join(buildDir, file), "utf8").replace(/<\/style/gi, "<\\/style")}</style>`;
    } catch {
      return link;
    }
  });
}
