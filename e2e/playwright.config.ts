import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_CRON_SECRET, FAKE_RESEND_KEY, FAKE_RESEND_PORT } from "./support/mailbox";
import { OIDC_CLIENT, OIDC_ISSUER, OIDC_NAME, OIDC_PORT } from "./support/oidc-config";
import { ensureTestCertificates } from "./support/test-certificates";

const port = Number(process.env.E2E_PORT ?? 3210);
// Browsers must use localhost: Next rewrites 127.0.0.1 and the session cookie would be lost.
const baseURL = `http://localhost:${port}`;
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl && !/@(localhost|127\.0\.0\.1)(:\d+)?\//.test(databaseUrl)) {
  throw new Error("The browser tests refuse to run against a database that is not on this machine.");
}
// Each run starts from a fresh embedded database with the demo seed (unless DATABASE_URL is set).
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "rapport-e2e-"));
process.env.E2E_DATA_DIR = dataDir;
// Company SSO runs against a real OIDC provider on https, with a CA made for this run that the app trusts.
const certificates = await ensureTestCertificates(join(dataDir, "tls"));

export default defineConfig({
  testDir: "./specs",
  outputDir: "./.artifacts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: ".reports/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    // Only the browser is told to accept the test CA's certificate; the app trusts it via NODE_EXTRA_CA_CERTS.
    ignoreHTTPSErrors: true,
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "laptop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      command: "npx tsx support/fake-resend-server.ts",
      url: `http://127.0.0.1:${FAKE_RESEND_PORT}/emails`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { FAKE_RESEND_PORT: String(FAKE_RESEND_PORT) },
    },
    {
      command: "npx tsx support/oidc-provider-server.ts",
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      ignoreHTTPSErrors: true,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { E2E_OIDC_PORT: String(OIDC_PORT), E2E_CERT_DIR: join(dataDir, "tls"), E2E_APP_ORIGIN: baseURL },
    },
    {
      command: `npm run start --workspace @rapport/web -- -p ${port}`,
      cwd: "..",
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        RAPPORT_DATA_DIR: dataDir,
        // Email goes through the real Resend SDK to the local Resend-compatible server above.
        RESEND_API_KEY: FAKE_RESEND_KEY,
        RESEND_BASE_URL: `http://127.0.0.1:${FAKE_RESEND_PORT}`,
        AUTH_URL: baseURL,
        // Lets the email journey run the weekly digest on demand (POST /api/cron/digest).
        CRON_SECRET: E2E_CRON_SECRET,
        AUTH_OIDC_ISSUER: OIDC_ISSUER,
        AUTH_OIDC_CLIENT_ID: OIDC_CLIENT.id,
        AUTH_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
        AUTH_OIDC_NAME: OIDC_NAME,
        NODE_EXTRA_CA_CERTS: certificates.caFile,
        ...(databaseUrl
          ? // One process for the browser tests: the job workers (which send the digest the email journeys
            // read) run inside the web server, as they do on the embedded start.
            {
              DATABASE_URL: databaseUrl,
              RAPPORT_SEED_DEMO: "true",
              RAPPORT_DEMO_SIGN_IN: "true",
              RAPPORT_WORKER: "true",
            }
          : {}),
      },
    },
  ],
});
