// A worker process as `npm run worker` runs it (runWorkerProcess), for the killed-worker test and the
// pipeline bench: DATABASE_URL, FAKE_RESEND_URL and WORKER_NAME come from the parent; the mailer points
// at the local Resend-compatible server and digests have the test's content. ENGINE_TIMINGS (JSON)
// shortens how soon a killed worker's job is retried; LEASE_MS how soon its batch may be taken over.
import { openDatabase } from "@rapport/db";
import { FAKE_RESEND_API_KEY } from "@rapport/email/testing";
import { runWorkerProcess } from "../engine/worker-process";
import { fakeResendMailer, testRenderContext, testSources } from "./pipeline-fixtures";

const handle = await openDatabase({ url: process.env.DATABASE_URL, max: 4 });
const fake = { url: process.env.FAKE_RESEND_URL ?? "", apiKey: FAKE_RESEND_API_KEY } as Parameters<
  typeof fakeResendMailer
>[0];
await runWorkerProcess({
  handle,
  close: () => handle.close(),
  name: process.env.WORKER_NAME,
  // One request per attempt (the pipeline retries through the shared budget); a held answer is waited for.
  mailer: fakeResendMailer(fake, { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, 60_000),
  render: testRenderContext,
  sources: testSources,
  requestsPerSecond: Number(process.env.REQUESTS_PER_SECOND ?? 2),
  leaseMs: process.env.LEASE_MS ? Number(process.env.LEASE_MS) : undefined,
  timings: process.env.ENGINE_TIMINGS ? JSON.parse(process.env.ENGINE_TIMINGS) : undefined,
  log: (line) => console.log(`[${process.env.WORKER_NAME}] ${line}`),
});
