/// <reference lib="webworker" />
// The service worker, bundled by Serwist (src/app/serwist/[path]/route.ts). Only the pages worth having
// at an event without signal are kept: Today, the event list and each event's page (its prep card).
// Every other page needs the network and, without it, answers with the plain offline page.
import type { PrecacheEntry, RouteMatchCallbackOptions, SerwistGlobalConfig } from "serwist";
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from "serwist";
import { OFFLINE_PAGES_CACHE, offlineReadablePath } from "./offline-pages";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const readable = ({ request, url, sameOrigin }: RouteMatchCallbackOptions) =>
  sameOrigin && request.method === "GET" && offlineReadablePath(url.pathname);
const isPage = ({ request }: RouteMatchCallbackOptions) =>
  request.mode === "navigate" || request.headers.get("RSC") === "1";

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "rapport-static",
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
    {
      matcher: (options) => readable(options) && isPage(options),
      handler: new NetworkFirst({
        cacheName: OFFLINE_PAGES_CACHE,
        networkTimeoutSeconds: 8,
        // The page a visit stored and the one the app stored for later must both answer a navigation.
        matchOptions: { ignoreVary: true },
        plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 14 * 24 * 60 * 60 })],
      }),
    },
    { matcher: () => true, handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: [{ url: "/offline", matcher: ({ request }) => request.destination === "document" }],
  },
});

// Signing out must not leave anyone's pages on the device.
self.addEventListener("message", (event) => {
  if (event.data?.type === "rapport:forget-pages") event.waitUntil(caches.delete(OFFLINE_PAGES_CACHE));
});

serwist.addEventListeners();
