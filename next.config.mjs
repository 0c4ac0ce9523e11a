// The shared Next.js base: every app imports it and adds only what is its own.

/** Headers on every response. The CSP is set in proxy.ts (a per-request nonce, or hashes on prerendered pages). */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @param {import('next').NextConfig} overrides */
export function createNextConfig(overrides = {}) {
  /** @type {import('next').NextConfig} */
  const config = {
    reactStrictMode: true,
    poweredByHeader: false,
    typedRoutes: false,
    transpilePackages: ["@rapport/api", "@rapport/db", "@rapport/domain", "@rapport/email", "@rapport/jobs"],
    // Native / WASM database drivers must be loaded by Node at run time, never bundled.
    serverExternalPackages: ["@electric-sql/pglite", "postgres", "pg-boss", "pg"],
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders }];
    },
    ...overrides,
  };
  return config;
}
