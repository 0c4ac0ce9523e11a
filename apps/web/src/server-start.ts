import { getDatabase } from "@rapport/db";
import { digestTickEnabled, startDigestTick } from "@rapport/jobs";

// Open the database now, so migrations (and, on a first embedded start, the demo seed) happen before
// the first visitor, and a data folder locked by another process stops this one with a clear message.
try {
  const handle = await getDatabase();
  console.log(`Rapport database ready: ${handle.engine} at ${handle.location}`);
  // The embedded default sends its weekly digests on its own; on Postgres an external scheduler
  // (POST /api/cron/digest) or RAPPORT_DIGEST_TICK=true does it.
  if (digestTickEnabled(handle.engine)) {
    startDigestTick(async () => (await getDatabase()).db);
    console.log("Rapport weekly digest: checking every few minutes for digests that are due");
  }
} catch (error) {
  console.error(`Rapport could not open its database: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
