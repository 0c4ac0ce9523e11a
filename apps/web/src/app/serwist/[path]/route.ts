import { createSerwistRoute } from "@serwist/turbopack";

// Serves the service worker (/serwist/sw.js), bundled from src/sw/sw.ts at build time with the list
// of the build's static files to keep. The offline page is kept too, so it can answer without signal.
const revision = process.env.NEXT_BUILD_ID ?? crypto.randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "src/sw/sw.ts",
  useNativeEsbuild: true,
  additionalPrecacheEntries: [{ url: "/offline", revision }],
});
