// A local Resend-compatible server for the browser tests: the app sends through the real Resend SDK
// (RESEND_BASE_URL points here) and the tests read what arrived via GET /emails.
import { startFakeResend } from "@rapport/email/testing";

const port = Number(process.env.FAKE_RESEND_PORT ?? 3211);
const server = await startFakeResend({ port });
console.log(`fake Resend listening at ${server.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
