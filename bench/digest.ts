// npm run bench:digest — figures, not a test: compose + render throughput, and the share of Resend's
// 2 requests/second ceiling the sender reaches against a local Resend-compatible server.
import { cpus, totalmem } from "node:os";
import { composeDigest, sampleDigestInput } from "@rapport/domain/digest";
import { createMailer, MAX_BATCH_SIZE } from "@rapport/email";
import { startFakeResend } from "@rapport/email/testing";
import { renderDigestPayload } from "@rapport/jobs";
import { testRenderContext } from "../packages/jobs/src/testing/pipeline-fixtures";

const COUNT = Number(process.env.BENCH_DIGESTS ?? 10_000);
const REQUESTS_PER_SECOND = 2;
const now = new Date();

/** This process's own pacing (the pipeline shares its budget through the database; this bench times the mailer alone). */
function createPacer(perSecond: number) {
  const interval = Math.ceil(1000 / perSecond) + 25;
  let next = 0;
  return async () => {
    const at = Math.max(Date.now(), next);
    next = at + interval;
    const wait = at - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}

// Root package is CommonJS for tsx, so no top-level await.
async function main() {
  // 1. Compose and render.
  const payloads = [];
  const composeStart = performance.now();
  for (let i = 0; i < COUNT; i++) {
    const person = { name: `Person ${i}`, email: `person.${i}@bench.test`, timeZone: "Europe/London" };
    const digest = composeDigest(sampleDigestInput(now, person, "2026-W48", i));
    payloads.push(
      await renderDigestPayload(testRenderContext, { userId: `user-${i}`, email: person.email }, digest),
    );
  }
  const composeSeconds = (performance.now() - composeStart) / 1000;
  const digestsPerSecond = COUNT / composeSeconds;
  console.log(
    `compose + render: ${COUNT} digests in ${composeSeconds.toFixed(1)} s = ${digestsPerSecond.toFixed(0)} digests/s`,
  );

  // 2. Send in batches of 100 through the real SDK, paced like the pipeline, to a server allowing 2 req/s.
  // BENCH_SEND=0 stops after the compose + render figure.
  if (process.env.BENCH_SEND === "0") return;
  const fake = await startFakeResend();
  fake.setRateLimit(REQUESTS_PER_SECOND);
  const mailer = createMailer({
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    from: testRenderContext.from,
    retry: { attempts: 8, baseDelayMs: 250, maxDelayMs: 2_000 },
  });
  const pace = createPacer(REQUESTS_PER_SECOND);
  const sendStart = performance.now();
  let retries = 0;
  const batches = [];
  for (let i = 0; i < payloads.length; i += MAX_BATCH_SIZE)
    batches.push(payloads.slice(i, i + MAX_BATCH_SIZE));
  // One batch in flight, paced: the fake counts a request when its ~1.5 MB body has arrived, so two in
  // flight bunch up and draw 429s (measured: the run failed after 5 rate-limited attempts).
  const queue = [...batches.entries()];
  await Promise.all(
    [0].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [index, batch] = next;
        await pace();
        const result = await mailer.sendBatch(batch, { idempotencyKey: `bench/${index}` });
        if (process.env.BENCH_VERBOSE) console.log(`batch ${index} attempts ${result.attempts}`);
        retries += result.attempts - 1;
      }
    }),
  );
  const sendSeconds = (performance.now() - sendStart) / 1000;
  await fake.close();
  const emailsPerSecond = fake.messages.length / sendSeconds;
  const ceiling = REQUESTS_PER_SECOND * MAX_BATCH_SIZE;
  console.log(
    `send: ${fake.messages.length} emails in ${batches.length} batches in ${sendSeconds.toFixed(1)} s = ${emailsPerSecond.toFixed(1)} emails/s, ` +
      `${((emailsPerSecond / ceiling) * 100).toFixed(1)}% of the ${ceiling}/s ceiling (${retries} retried requests)`,
  );
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
