import { getDatabase } from "@rapport/db";

// Open the database now, so migrations (and, on a first embedded start, the demo seed) happen before
// the first visitor, and a data folder locked by another process stops this one with a clear message.
try {
  const handle = await getDatabase();
  console.log(`Rapport database ready: ${handle.engine} at ${handle.location}`);
} catch (error) {
  console.error(`Rapport could not open its database: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
