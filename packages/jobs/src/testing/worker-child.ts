// A digest worker in its own process, for the killed-worker test: DATABASE_URL and FAKE_RESEND_URL come
// from the parent, which kills this process with SIGKILL mid-run.
import { openDatabase } from "@rapport/db";
import { FAKE_RESEND_API_KEY } from "@rapport/email/testing";
import { runDigest } from "../pipeline";
import { fakeResendMailer, testRenderContext, testSources } from "./pipeline-fixtures";

const handle = await openDatabase({ url: process.env.DATABASE_URL, max: 2 });
const fake = { url: process.env.FAKE_RESEND_URL ?? "", apiKey: FAKE_RESEND_API_KEY } as Parameters<
  typeof fakeResendMailer
>[0];
// The parent's test clock: the lease must be measured on the same clock the restarted worker uses.
const offset = Date.parse(process.env.CLOCK_START ?? new Date().toISOString()) - Date.now();
console.log("worker started");
await runDigest({
  db: handle.db,
  mailer: fakeResendMailer(fake, { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, 60_000),
  render: testRenderContext,
  sources: testSources,
  trigger: "test-child",
  workerId: "doomed-worker",
  plan: false,
  now: () => new Date(Date.now() + offset),
  leaseMs: Number(process.env.LEASE_MS ?? 60_000),
  requestsPerSecond: 50,
});
console.log("worker finished");
await handle.close();
